import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloseCode, createRisk, readPlan, readVotingRound } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { useServer } from './helpers/use-server.ts';
import { connectClient, eventually, whenSynced } from './helpers/clients.ts';

const t = useServer();
const { clients } = t;

const ALICE = 'voter-alice-0123456789';
const BOB = 'voter-bob-0123456789ab';

async function call(target: TestServer, method: string, url: string, role: 'facilitator' | 'editor' | 'viewer', boardId: string, body?: unknown) {
  const headers: Record<string, string> = { ...target.auth(boardId, role) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(target.baseUrl + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

/** A board with two risks and a connected participant watching the document. */
async function boardWithRisks() {
  const boardId = await t.server.createBoard('Risk workshop');
  const watcher = connectClient(t.server.wsUrl, boardId, { token: t.server.tokens(boardId).editor });
  clients.push(watcher);
  await whenSynced(watcher);
  const ids = ['Workforce gaps', 'Data sharing'].map((title) => {
    const created = createRisk(watcher.doc, { title });
    if (!created.ok) throw new Error(created.errors.join());
    return created.id;
  });
  // Once another client has the risks, the t.server has them.
  const other = connectClient(t.server.wsUrl, boardId);
  clients.push(other);
  await eventually(() => ids.every((id) => other.doc.getMap('entities').has(id)), 5000, 'the risks to reach the server');
  return { boardId, watcher, ids };
}

describe('dot voting', () => {
  it('keeps ballots secret until the reveal, then shows totals and records them on the cards in one action', async () => {
    const { boardId, watcher, ids } = await boardWithRisks();
    const [gaps, sharing] = ids as [string, string];
    const api = (method: string, url: string, role: 'facilitator' | 'editor' | 'viewer', body?: unknown) =>
      call(t.server, method, `/api/boards/${boardId}${url}`, role, boardId, body);

    const started = await api('POST', '/voting', 'facilitator', { title: 'Which risks first?', cards: ids, votesEach: 3 });
    expect(started.status).toBe(201);
    const round = started.body!.id as string;
    await eventually(() => readVotingRound(watcher.doc)?.id === round, 5000, 'the round to reach the participant');

    expect((await api('PUT', '/voting/ballot', 'editor', { round, voter: ALICE, votes: { [gaps]: 2, [sharing]: 1 } })).status).toBe(200);
    expect((await api('PUT', '/voting/ballot', 'facilitator', { round, voter: BOB, votes: { [gaps]: 1 } })).body?.voters).toBe(2);
    await eventually(() => readVotingRound(watcher.doc)?.voters === 2, 5000, 'the voter count');
    const seen = JSON.stringify(watcher.doc.getMap('meta').toJSON());
    expect(readVotingRound(watcher.doc)?.results).toBeNull();
    expect(seen).not.toContain(ALICE);
    expect(seen).not.toMatch(/"votes":\{/);
    expect((await api('GET', `/voting/ballot?round=${round}&voter=${ALICE}`, 'editor')).body?.votes).toEqual({ [gaps]: 2, [sharing]: 1 });

    expect((await api('POST', '/voting/reveal', 'facilitator')).body?.results).toEqual({ [gaps]: 3, [sharing]: 1 });
    await eventually(() => readVotingRound(watcher.doc)?.status === 'revealed');
    expect(readVotingRound(watcher.doc)?.results).toEqual({ [gaps]: 3, [sharing]: 1 });
    expect((await api('PUT', '/voting/ballot', 'editor', { round, voter: ALICE, votes: {} })).status).toBe(409);

    // A participant who rewrites the totals in the document is disconnected, and changes no count.
    const forger = connectClient(t.server.wsUrl, boardId, { token: t.server.tokens(boardId).editor });
    clients.push(forger);
    await whenSynced(forger);
    const closes: number[] = [];
    forger.provider.on('connection-close', (event) => event && closes.push(event.code));
    forger.doc.getMap('meta').set('voting', { ...readVotingRound(forger.doc), results: { [gaps]: 0, [sharing]: 99 } });
    await eventually(() => closes.includes(CloseCode.forbidden), 5000, 'the forger to be closed');
    expect((await api('POST', '/voting/record', 'facilitator')).body?.recorded).toBe(2);
    await eventually(() => readPlan(watcher.doc).entities.get(gaps)?.votes === 3, 5000, 'votes on the card');
    expect(readPlan(watcher.doc).entities.get(sharing)?.votes).toBe(1);

    expect((await api('DELETE', '/voting', 'facilitator')).status).toBe(204);
    await eventually(() => readVotingRound(watcher.doc) === null);
    expect(existsSync(path.join(t.server.dataDir, 'voting', `${boardId}.json`))).toBe(false);
  });

  it('refuses ballots that break the round’s rules, and lets only the right roles act', async () => {
    const { boardId, ids } = await boardWithRisks();
    const api = (method: string, url: string, role: 'facilitator' | 'editor' | 'viewer', body?: unknown) =>
      call(t.server, method, `/api/boards/${boardId}${url}`, role, boardId, body);
    expect((await api('POST', '/voting', 'editor', { title: 'x', cards: ids, votesEach: 3 })).status).toBe(403);
    expect((await api('POST', '/voting', 'facilitator', { title: 'x', cards: ['not-a-card'], votesEach: 3 })).body?.error.code).toBe('unknown_cards');
    expect((await api('PUT', '/voting/ballot', 'editor', { round: 'none', voter: ALICE, votes: {} })).status).toBe(409);
    const round = (await api('POST', '/voting', 'facilitator', { title: 'x', cards: ids, votesEach: 2 })).body!.id as string;

    expect((await api('PUT', '/voting/ballot', 'editor', { round, voter: ALICE, votes: { [ids[0]!]: 3 } })).body?.error.code).toBe('invalid_ballot');
    expect((await api('PUT', '/voting/ballot', 'editor', { round, voter: ALICE, votes: { elsewhere: 1 } })).body?.error.code).toBe('invalid_ballot');
    expect((await api('PUT', '/voting/ballot', 'editor', { round, voter: 'short', votes: {} })).status).toBe(400);
    expect((await api('PUT', '/voting/ballot', 'viewer', { round, voter: ALICE, votes: { [ids[0]!]: 1 } })).status).toBe(403);
    expect((await api('POST', '/voting/reveal', 'editor')).status).toBe(403);
    expect((await api('POST', '/voting/record', 'facilitator')).body?.error.code).toBe('not_revealed');
  });

  it('keeps cast ballots across a t.server restart', async () => {
    const { boardId, ids } = await boardWithRisks();
    const round = (await call(t.server, 'POST', `/api/boards/${boardId}/voting`, 'facilitator', boardId, { title: 'x', cards: ids, votesEach: 2 })).body!.id;
    await call(t.server, 'PUT', `/api/boards/${boardId}/voting/ballot`, 'editor', boardId, { round, voter: ALICE, votes: { [ids[1]!]: 2 } });
    for (const client of clients.splice(0)) client.destroy();
    await t.server.app.close();
    const again = await startTestServer({ dataDir: t.server.dataDir });
    try {
      const revealed = await call(again, 'POST', `/api/boards/${boardId}/voting/reveal`, 'facilitator', boardId);
      expect(revealed.body?.results).toEqual({ [ids[0]!]: 0, [ids[1]!]: 2 });
    } finally {
      await again.close();
    }
  });
});
