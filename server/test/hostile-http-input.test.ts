import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CloseCode, createRisk, createStakeholder } from '@roundtable/shared';
import { useServersWithClient } from './helpers/servers-with-client.ts';
import { connectClient, eventually, whenSynced } from './helpers/clients.ts';

const start = useServersWithClient();

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('error bodies', () => {
  it('answer a 500 with a fixed message and no stack; 4xx bodies carry no stack either', async () => {
    const server = await start();
    const boardId = await server.createBoard();
    const writer = connectClient(server.wsUrl, boardId);
    await whenSynced(writer);
    createStakeholder(writer.doc, { name: 'Ward manager', power: 3, interest: 4 });
    writer.destroy();
    await eventually(() => server.app.websocketServer.clients.size === 0, 5000, 'the writer to leave');
    const loaded = async () => ((await (await fetch(`${server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;
    const deadline = Date.now() + 5000;
    while ((await loaded()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // A real fault: the stored snapshot is damaged, so loading the board for an export throws.
    const snapshot = path.join(server.dataDir, 'boards', boardId, 'snapshot');
    const bytes = await readFile(snapshot);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(snapshot, bytes);

    const failed = await fetch(`${server.baseUrl}/api/boards/${boardId}/export/report.md`, { headers: server.auth(boardId) });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toContain('application/json');
    expect(await failed.text()).toBe(JSON.stringify({ error: { code: 'internal', message: 'Internal server error' } }));

    const clientErrors = await Promise.all([
      fetch(`${server.baseUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' }),
      fetch(`${server.baseUrl}/api/boards`, json({ title: 'x', unknown: { deep: true } })),
      fetch(`${server.baseUrl}/api/boards`, json({ title: 'x'.repeat(70_000) })),
      fetch(`${server.baseUrl}/api/boards/${boardId}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...server.auth(boardId, 'viewer') }, body: '{"title":"x"}' }),
      fetch(`${server.baseUrl}/api/boards/AAAAAAAAAAAAAAAAAAAAAA`, { headers: { authorization: 'Bearer nope' } }),
      fetch(`${server.baseUrl}/api/boards/${boardId}/import/stakeholders`, { method: 'POST', headers: { 'content-type': 'application/xml', ...server.auth(boardId) }, body: '<x/>' }),
    ]);
    for (const response of clientErrors) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/src\/|stack/i);
      expect(Object.keys((JSON.parse(text) as { error: object }).error).sort()).toEqual(['code', 'message']);
    }
  });
});

const HOSTILE = '<script>alert(1)</script> & "quotes"';
const FORMULAS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd'];

describe('hostile titles and names', () => {
  it('are escaped in report.html and report.md, neutralised in CSV, and returned verbatim as JSON', async () => {
    const server = await start();
    const created = (await (await fetch(`${server.baseUrl}/api/boards`, json({ title: HOSTILE }))).json()) as { id: string; title: string; tokens: { facilitator: string } };
    expect(created.title).toBe(HOSTILE);
    const boardId = created.id;
    const auth = { authorization: `Bearer ${created.tokens.facilitator}` };
    const writer = connectClient(server.wsUrl, boardId, { token: created.tokens.facilitator });
    await whenSynced(writer);
    createStakeholder(writer.doc, { name: `<img src=x onerror="alert(2)"> ${HOSTILE}`, power: 8, interest: 8 });
    FORMULAS.forEach((name, i) => createStakeholder(writer.doc, { name, power: i + 1, interest: 2 }));
    FORMULAS.forEach((title) => createRisk(writer.doc, { title, likelihood: 2, impact: 2 }));
    createRisk(writer.doc, { title: HOSTILE, likelihood: 5, impact: 5 });
    await new Promise((r) => setTimeout(r, 100));
    writer.destroy();

    const get = async (what: string) => {
      const response = await fetch(`${server.baseUrl}/api/boards/${boardId}/${what}`, { headers: auth });
      expect(response.status, what).toBe(200);
      return { text: await response.text(), disposition: response.headers.get('content-disposition') ?? '' };
    };

    const html = await get('export/report.html');
    expect(html.text).not.toMatch(/<script|<img/i);
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html.text).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html.disposition).toMatch(/^attachment; filename="[a-z0-9-]+-report\.html"$/);

    const md = await get('export/report.md');
    expect(md.text).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md.text).not.toMatch(/(^|[^\\])<(script|img)/);

    const stakeholders = Papa.parse<string[]>((await get('export/stakeholders.csv')).text.trim()).data.map((row) => row[1]);
    const risks = Papa.parse<string[]>((await get('export/risks.csv')).text.trim()).data.map((row) => row[1]);
    for (const cell of FORMULAS) {
      expect(stakeholders).toContain(`'${cell}`);
      expect(risks).toContain(`'${cell}`);
    }
    expect(risks).toContain(HOSTILE);
    expect([...stakeholders, ...risks].filter((cell) => /^[=+\-@]/.test(cell ?? ''))).toEqual([]);

    const file = JSON.parse((await get('export/board.json')).text) as { meta: { title: string }; entities: Record<string, { name?: string; title?: string }> };
    expect(file.meta.title).toBe(HOSTILE);
    expect(Object.values(file.entities).some((e) => e.title === HOSTILE)).toBe(true);

    const board = (await (await fetch(`${server.baseUrl}/api/boards/${boardId}`, { headers: auth })).json()) as { title: string };
    expect(board.title).toBe(HOSTILE);
    const list = await fetch(`${server.baseUrl}/api/boards`, { headers: { authorization: `Bearer ${await server.adminToken()}` } });
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(((await list.json()) as { boards: { title: string }[] }).boards.map((b) => b.title)).toEqual([HOSTILE]);
  });
});

/**
 * Sends an upgrade for `rawPath` byte for byte (ws and fetch would normalise `/sync/..` to `/`) and reads the
 * status line and, when it upgraded, the close code of the first frame.
 */
function rawUpgrade(port: number, rawPath: string): Promise<{ status: string; closeCode?: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    const timer = setTimeout(() => socket.destroy(new Error(`no answer for ${rawPath}`)), 3000);
    socket.on('connect', () =>
      socket.write(
        `GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${Buffer.from('0123456789abcdef').toString('base64')}\r\n\r\n`,
      ),
    );
    const answer = () => {
      const headEnd = data.indexOf('\r\n\r\n');
      const status = data.subarray(0, data.indexOf('\r\n')).toString();
      const frame = data.subarray(headEnd + 4);
      return { status, closeCode: frame[0] === 0x88 && frame.length >= 4 ? frame.readUInt16BE(2) : undefined };
    };
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      // The server waits for our half of the closing handshake; its close frame is all we need.
      if (answer().closeCode !== undefined) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer());
    });
  });
}

describe('path-like ids on the websocket', () => {
  it('closes /sync/.., %2e%2e and NUL with invalidBoardId, touching nothing on disk', async () => {
    const server = await start();
    await server.createBoard();
    const port = Number(new URL(server.baseUrl).port);
    const before = await readdir(server.dataDir, { recursive: true });
    for (const id of ['..', '%2e%2e', '%2E%2E', 'a%00b', '..%2F..%2Fcatalog.json', '%2e%2e%2f%2e%2e%2fcatalog.json']) {
      const answer = await rawUpgrade(port, `/sync/${id}?token=x`);
      expect(answer, id).toEqual({ status: 'HTTP/1.1 101 Switching Protocols', closeCode: CloseCode.invalidBoardId });
    }
    expect(await readdir(server.dataDir, { recursive: true })).toEqual(before);
  });
});
