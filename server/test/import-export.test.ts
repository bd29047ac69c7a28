import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import * as Y from 'yjs';
import { boardMaps, createNote, createRisk, createStakeholder } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { boardTokens, connectClient, eventually, whenSynced, type SyncedClient } from './helpers/clients.ts';

let server: TestServer;
const clients: SyncedClient[] = [];
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

/** Calls the API as the facilitator of the board named in the URL (when this test made it), or with `token`. */
async function api(method: string, url: string, body?: string, type = 'application/json', token?: string) {
  const boardId = /^\/api\/boards\/([^/]+)\//.exec(url)?.[1];
  const bearer = token ?? (boardId ? boardTokens.get(boardId)?.facilitator : undefined);
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
  if (body !== undefined) headers['content-type'] = type;
  const response = await fetch(server.baseUrl + url, { method, body, headers });
  const text = await response.text();
  if (response.status === 201) {
    const created = JSON.parse(text) as { id: string; tokens: Record<'facilitator' | 'editor' | 'viewer', string> };
    boardTokens.set(created.id, created.tokens);
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

async function createFrom(template: string): Promise<string> {
  const response = await api('POST', '/api/boards', JSON.stringify({ title: 'SEND programme', template }));
  return (JSON.parse(response.text) as { id: string }).id;
}

async function edit(boardId: string, change: (doc: Y.Doc) => void): Promise<SyncedClient> {
  const client = connectClient(server.wsUrl, boardId);
  clients.push(client);
  await whenSynced(client);
  change(client.doc);
  await new Promise((r) => setTimeout(r, 100));
  return client;
}

describe('board.json', () => {
  it('round-trips a board losslessly into a new board with the same entities, links and layouts', async () => {
    const id = await createFrom('programme-setup');
    await edit(id, (doc) => createNote(doc, 'canvas', { x: 10, y: 20, text: 'Ask the carers', color: 'pink' }));
    const exported = await api('GET', `/api/boards/${id}/export/board.json`);
    expect(exported.status).toBe(200);
    const file = JSON.parse(exported.text);
    expect(file.format).toBe('roundtable-board');
    expect(file.meta.schemaVersion).toBe(1);

    const imported = await api('POST', '/api/boards/import', exported.text);
    expect(imported.status).toBe(201);
    const copy = JSON.parse(imported.text) as { id: string; title: string };
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe('SEND programme');
    const again = JSON.parse((await api('GET', `/api/boards/${copy.id}/export/board.json`)).text);
    for (const part of ['entities', 'links', 'layouts'] as const) expect(again[part]).toEqual(file[part]);
    expect(Object.keys(file.entities).length).toBeGreaterThan(20);

    const reader = connectClient(server.wsUrl, copy.id);
    clients.push(reader);
    await whenSynced(reader);
    const note = [...boardMaps(reader.doc).entities.values()].find((e) => e.get('type') === 'note')!;
    expect(note.get('text')).toBeInstanceOf(Y.Text);
    expect(String(note.get('text'))).toBe('Ask the carers');
  });

  it('refuses an invalid file as a whole, saying where, and creates nothing', async () => {
    const id = await createFrom('partnership-plan');
    const file = JSON.parse((await api('GET', `/api/boards/${id}/export/board.json`)).text);
    const [someId] = Object.entries(file.entities).find(([, e]) => (e as { type: string }).type === 'stakeholder')!;
    file.entities[someId].power = 42;
    file.links.dangling = { type: 'dependency', from: someId, to: 'nowhere' };
    const response = await api('POST', '/api/boards/import', JSON.stringify(file));
    expect(response.status).toBe(400);
    const error = JSON.parse(response.text).error;
    expect(error.code).toBe('invalid_board');
    expect(error.problems.join('\n')).toContain(`entities/${someId}/power`);
    expect(error.problems.join('\n')).toContain('links/dangling');
    const everyBoard = await api('GET', '/api/boards', undefined, undefined, await server.adminToken());
    expect(JSON.parse(everyBoard.text).boards).toHaveLength(1);
  });

  it('refuses a file from a newer schema with 422, and a file that is not a board with 400', async () => {
    const newer = { format: 'roundtable-board', meta: { schemaVersion: 99 }, entities: {}, links: {}, layouts: {} };
    expect((await api('POST', '/api/boards/import', JSON.stringify(newer))).status).toBe(422);
    expect((await api('POST', '/api/boards/import', JSON.stringify({ entities: [] }))).status).toBe(400);
  });
});

describe('register exports', () => {
  it('builds stakeholders.csv from the stored board, with a header row and formula cells neutralised', async () => {
    const id = await createFrom('blank');
    await edit(id, (doc) => {
      createStakeholder(doc, { name: '=HYPERLINK("http://evil","click")', power: 8, interest: 2, attitude: 'sceptic' });
      createStakeholder(doc, { name: 'Carers’ forum chair', power: 3, interest: 9 });
    });
    await new Promise((r) => setTimeout(r, 300)); // the room unloads; the export reads the stored board
    const csv = await api('GET', `/api/boards/${id}/export/stakeholders.csv`);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const rows = Papa.parse<string[]>(csv.text.trim()).data;
    expect(rows[0]).toEqual(['Id', 'Name', 'Organisation', 'Role', 'Sector', 'Power', 'Interest', 'Attitude', 'Current engagement', 'Desired engagement', 'Contact owner', 'Notes', 'Quadrant', 'Engagement gap']);
    expect(rows).toHaveLength(3);
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toContain('\'=HYPERLINK("http://evil","click")');
    expect(rows.find((r) => r[1]?.startsWith("'="))![12]).toBe('Keep satisfied');
  });

  it('builds risks.csv highest score first', async () => {
    const id = await createFrom('blank');
    await edit(id, (doc) => {
      createRisk(doc, { title: 'Low one', likelihood: 1, impact: 2 });
      createRisk(doc, { title: 'High one', likelihood: 5, impact: 4 });
    });
    const rows = Papa.parse<string[]>((await api('GET', `/api/boards/${id}/export/risks.csv`)).text.trim()).data;
    expect(rows.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual([['High one', '20', 'High risk'], ['Low one', '2', 'Low risk']]);
  });
});

describe('partnership-plan report', () => {
  it('holds the eight questions, stakeholders by quadrant, workstreams, dependencies, risks and KPIs', async () => {
    const id = await createFrom('programme-setup');
    const md = await api('GET', `/api/boards/${id}/export/report.md`);
    expect(md.status).toBe(200);
    for (const heading of ['## Objectives', '## 8. What is our plan beyond this project?', '## Stakeholders by quadrant', '## Workstreams, milestones and owners', '## Dependencies', '## Risks by score', '## KPIs']) {
      expect(md.text).toContain(heading);
    }
    expect(md.text).toContain('No dependency cycles.');
    expect(md.text).toContain('Uptake of the new transition service');
  });

  it('escapes board text in the HTML report and carries a print stylesheet', async () => {
    const id = await createFrom('blank');
    await edit(id, (doc) => createRisk(doc, { title: '<script>alert(1)</script>', likelihood: 3, impact: 3 }));
    const html = await api('GET', `/api/boards/${id}/export/report.html`);
    expect(html.type).toContain('text/html');
    expect(html.text).not.toContain('<script>');
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.text).toContain('@media print');
  });
});

describe('stakeholder CSV import', () => {
  it('maps headers, adds every row and its organisations in one go, live for connected people', async () => {
    const id = await createFrom('blank');
    const watcher = await edit(id, () => {});
    const csv = 'Name,organisation,Sector,Power,Interest,Attitude,Current engagement,Desired engagement,Shoe size\n' +
      'Ward manager,Community trust,NHS trust,6,8,Supporter,consult,Involve,9\n' +
      'Carers lead,Carers forum,patient-carer-group,3,9,champion,inform,collaborate,7\n';
    const response = await api('POST', `/api/boards/${id}/import/stakeholders`, csv, 'text/csv');
    expect(response.status).toBe(200);
    const result = JSON.parse(response.text);
    expect(result).toMatchObject({ created: 2, organisationsCreated: 2 });
    expect(result.mapping.find((m: { header: string }) => m.header === 'Shoe size').field).toBeNull();
    await eventually(() => [...boardMaps(watcher.doc).entities.values()].filter((e) => e.get('type') === 'stakeholder').length === 2);
    const manager = [...boardMaps(watcher.doc).entities.values()].find((e) => e.get('name') === 'Ward manager')!;
    expect([manager.get('sector'), manager.get('attitude'), manager.get('desiredEngagement')]).toEqual(['nhs-trust', 'supporter', 'involve']);
  });

  it('refuses a file with bad rows, naming each line, and changes nothing', async () => {
    const id = await createFrom('blank');
    const csv = 'Name,Power,Attitude\nGood row,5,neutral\nBad power,eleven,neutral\nBad attitude,3,grumpy\n,4,neutral\n';
    const response = await api('POST', `/api/boards/${id}/import/stakeholders`, csv, 'text/csv');
    expect(response.status).toBe(400);
    const error = JSON.parse(response.text).error;
    expect(error.code).toBe('invalid_csv');
    expect(error.rows.map((r: { line: number }) => r.line)).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(error.rows.some((r: { line: number }) => r.line === 2)).toBe(false);
    const file = JSON.parse((await api('GET', `/api/boards/${id}/export/board.json`)).text);
    expect(file.entities).toEqual({});
  });

  it('answers an unknown board with 404 and a non-CSV body with 415', async () => {
    expect((await api('POST', '/api/boards/AAAAAAAAAAAAAAAAAAAAAA/import/stakeholders', 'Name\nx\n', 'text/csv', 'a-token')).status).toBe(404);
    const id = await createFrom('blank');
    expect((await api('POST', `/api/boards/${id}/import/stakeholders`, 'Name\nx\n', 'text/plain')).status).toBe(415);
  });
});
