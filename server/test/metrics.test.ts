import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared';
import { useServer } from './helpers/use-server.ts';
import { eventually, openRaw } from './helpers/clients.ts';
import { startChildServer } from './helpers/child-server.ts';

/** The value of one sample in Prometheus text, e.g. `roundtable_rejected_total{reason="unauthorized"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  const sut = useServer();
  const join = (boardId: string, params?: Record<string, string>) => sut.join(boardId, params);
  const scrape = async () => {
    const response = await fetch(`${sut.server.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('counts rooms, connections, updates in and out, bytes, fsyncs and board loads', async () => {
    const { server } = sut;
    const boardId = await server.createBoard();
    const writer = await join(boardId);
    const reader = await join(boardId);
    for (let i = 0; i < 3; i++) writer.doc.getMap('entities').set(`k${i}`, i);
    await eventually(() => reader.doc.getMap('entities').size === 3);

    const text = await scrape();
    expect(sample(text, 'roundtable_rooms_loaded')).toBe(1);
    expect(sample(text, 'roundtable_connections')).toBe(2);
    // Three edits; the clients' sync step 2 answers when they joined were empty, so nothing to apply.
    expect(sample(text, 'roundtable_updates_received_total')).toBe(3);
    expect(sample(text, 'roundtable_updates_sent_total')).toBe(3);
    expect(sample(text, 'roundtable_bytes_received_total')).toBeGreaterThan(0);
    expect(sample(text, 'roundtable_bytes_sent_total')).toBeGreaterThan(0);
    expect(sample(text, 'roundtable_messages_sent_total')).toBeGreaterThan(3);
    expect(sample(text, 'roundtable_board_load_seconds_count')).toBe(1);
    // The appends are fsynced a few milliseconds after they arrive.
    let fsyncs = 0;
    for (let tries = 0; tries < 50 && fsyncs === 0; tries++) {
      fsyncs = sample(await scrape(), 'roundtable_fsync_seconds_count') ?? 0;
      if (fsyncs === 0) await new Promise((r) => setTimeout(r, 20));
    }
    expect(fsyncs).toBeGreaterThan(0);
    // Counts only: no board id, title or token is ever a label.
    expect(text).not.toContain(boardId);
    expect(text).not.toContain(server.tokens(boardId).facilitator);
  });

  it('counts refusals by reason: a wrong token, a viewer’s dropped update, a malformed message', async () => {
    const { server } = sut;
    const boardId = await server.createBoard();
    const wrongToken = openRaw(server.syncUrl(boardId).replace(/token=[^&]+/, 'token=wrong'));
    expect((await wrongToken.closed).code).toBe(CloseCode.unauthorized);

    const viewer = await join(boardId, { token: server.tokens(boardId).viewer });
    viewer.doc.getMap('entities').set('nope', 1);
    const malformed = openRaw(server.syncUrl(boardId));
    await malformed.opened;
    malformed.socket.send(new Uint8Array([0, 2, 0xff, 0xff, 0xff]));
    expect((await malformed.closed).code).toBeGreaterThanOrEqual(4400);

    await eventually(() => server.app.stats.droppedUpdates > 0);
    const text = await scrape();
    expect(sample(text, 'roundtable_rejected_total{reason="unauthorized"}')).toBe(1);
    expect(sample(text, 'roundtable_rejected_total{reason="droppedUpdate"}')).toBeGreaterThanOrEqual(1);
    const malformedCount =
      (sample(text, 'roundtable_rejected_total{reason="malformedMessage"}') ?? 0) + (sample(text, 'roundtable_rejected_total{reason="invalidUpdate"}') ?? 0);
    expect(malformedCount).toBe(1);
  });
});

describe('GET /metrics on the real server process', () => {
  it('also publishes Node’s process figures (CPU, memory, event loop)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-metrics-'));
    const server = await startChildServer(dataDir);
    try {
      const text = await (await fetch(`${server.baseUrl}/metrics`)).text();
      expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      expect(sample(text, 'roundtable_rooms_loaded')).toBe(0);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
