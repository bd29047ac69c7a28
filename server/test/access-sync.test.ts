import { describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared';
import { useServer } from './helpers/use-server.ts';
import { eventually, openRaw, type SyncedClient } from './helpers/clients.ts';
import { awarenessMessage, entityUpdate, SYNC_STEP_2, SYNC_UPDATE, syncMessage } from './helpers/wire.ts';

const t = useServer();
const { clients } = t;

const join = (boardId: string, role: 'facilitator' | 'editor' | 'viewer') => t.join(boardId, { token: t.server.tokens(boardId)[role] });

const setMode = (boardId: string, mode: string) =>
  fetch(`${t.server.baseUrl}/api/boards/${boardId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...t.server.auth(boardId) },
    body: JSON.stringify({ mode }),
  });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('who may open a board over the websocket', () => {
  it.each([
    ['no token', ''],
    ['a wrong token', '?token=not-the-token'],
  ])('closes a connection with %s as unauthorized, before one byte of the board is sent', async (_name, query) => {
    const boardId = await t.server.createBoard('Secret plans');
    const raw = openRaw(`${t.server.wsUrl}/${boardId}${query}`);
    expect((await raw.closed).code).toBe(CloseCode.unauthorized);
    expect(raw.messages).toEqual([]);
    expect(t.server.app.stats.droppedUpdates).toBe(0);
  });

  it("refuses one board's token on another board", async () => {
    const mine = await t.server.createBoard('Mine');
    const theirs = await t.server.createBoard('Theirs');
    const raw = openRaw(`${t.server.wsUrl}/${theirs}?token=${t.server.tokens(mine).facilitator}`);
    expect((await raw.closed).code).toBe(CloseCode.unauthorized);
    expect(raw.messages).toEqual([]);
  });
});

describe('a viewer', () => {
  it('receives the board and presence, but every update it sends is dropped and counted', async () => {
    const boardId = await t.server.createBoard();
    const editor = await join(boardId, 'editor');
    editor.doc.getMap('entities').set('from-editor', 1);
    editor.provider.awareness.setLocalStateField('user', { name: 'Ed' });
    const viewer = await join(boardId, 'viewer');
    await eventually(() => viewer.doc.getMap('entities').get('from-editor') === 1, 5000, 'the board to reach the viewer');
    await eventually(() => viewer.provider.awareness.getStates().has(editor.doc.clientID), 5000, 'presence to reach the viewer');

    viewer.doc.getMap('entities').set('from-viewer', 1);
    await eventually(() => t.server.app.stats.droppedUpdates >= 1, 5000, 'the update to be counted');
    const late = await join(boardId, 'facilitator');
    await pause(100);
    expect(editor.doc.getMap('entities').has('from-viewer')).toBe(false);
    expect(late.doc.getMap('entities').has('from-viewer')).toBe(false);
    expect(late.doc.getMap('entities').get('from-editor')).toBe(1);
  });

  it('is not counted as refused for the empty sync step 2 every client answers with', async () => {
    const boardId = await t.server.createBoard();
    const editor = await join(boardId, 'editor');
    editor.doc.getMap('entities').set('from-editor', 1);
    const viewer = await join(boardId, 'viewer');
    await eventually(() => viewer.doc.getMap('entities').get('from-editor') === 1, 5000, 'the board to reach the viewer');
    await pause(100);
    expect(t.server.app.stats.droppedUpdates).toBe(0);
  });

  it('has updates dropped inside sync step 2 and as plain updates, and stays connected', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId, 'editor');
    const raw = openRaw(t.server.syncUrl(boardId, 'viewer'));
    await raw.opened;
    raw.socket.send(syncMessage(SYNC_STEP_2, entityUpdate('via-step-2')));
    raw.socket.send(syncMessage(SYNC_UPDATE, entityUpdate('via-update')));
    await eventually(() => t.server.app.stats.droppedUpdates === 2, 5000, 'both updates to be counted');
    await pause(100);
    expect(witness.doc.getMap('entities').has('via-step-2')).toBe(false);
    expect(witness.doc.getMap('entities').has('via-update')).toBe(false);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });
});

describe('board settings', () => {
  it('closes an editor that changes the timer or the voting round with forbidden; the facilitator may', async () => {
    const boardId = await t.server.createBoard();
    const facilitator = await join(boardId, 'facilitator');
    const editor = await join(boardId, 'editor');
    const closes: number[] = [];
    editor.provider.on('connection-close', (event) => event && closes.push(event.code));
    editor.doc.getMap('meta').set('voting', { id: 'forged', status: 'revealed' });
    await eventually(() => closes.includes(CloseCode.forbidden), 5000, 'the editor to be closed');
    expect(facilitator.doc.getMap('meta').has('voting')).toBe(false);

    facilitator.doc.getMap('meta').set('timer', { durationMs: 1000, endsAt: null, remainingMs: 1000 });
    const late = await join(boardId, 'viewer');
    await eventually(() => late.doc.getMap('meta').has('timer'), 5000, 'the facilitator’s timer');
  });
});

describe('presence carries the role the t.server gave, whatever the client says', () => {
  it('stamps every relayed awareness state with the connection’s role', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId, 'facilitator');
    const raw = openRaw(t.server.syncUrl(boardId, 'editor'));
    await raw.opened;
    raw.socket.send(awarenessMessage(777, JSON.stringify({ user: { name: 'Eve' }, role: 'facilitator' })));
    await eventually(() => witness.provider.awareness.getStates().has(777));
    expect(witness.provider.awareness.getStates().get(777)).toEqual({ user: { name: 'Eve' }, role: 'editor' });
    raw.socket.close();
  });
});

describe('board modes', () => {
  it('locked: only facilitators edit; archived: nobody does; open again: editors edit; the document shows the mode', async () => {
    const boardId = await t.server.createBoard();
    const facilitator = await join(boardId, 'facilitator');
    const editor = await join(boardId, 'editor');
    const entities = (client: SyncedClient) => client.doc.getMap('entities');

    expect((await setMode(boardId, 'locked')).status).toBe(200);
    await eventually(() => editor.doc.getMap('meta').get('mode') === 'locked', 5000, 'the mode to reach the editor');
    entities(editor).set('editor-while-locked', 1);
    entities(facilitator).set('facilitator-while-locked', 1);
    await eventually(() => entities(editor).has('facilitator-while-locked'));
    await eventually(() => t.server.app.stats.droppedUpdates === 1);
    expect(entities(facilitator).has('editor-while-locked')).toBe(false);

    expect((await setMode(boardId, 'archived')).status).toBe(200);
    await eventually(() => facilitator.doc.getMap('meta').get('mode') === 'archived');
    entities(facilitator).set('facilitator-while-archived', 1);
    await eventually(() => t.server.app.stats.droppedUpdates === 2);
    expect(entities(editor).has('facilitator-while-archived')).toBe(false);

    // Reopened, the editor is made to reconnect and send again what was dropped, so it is in step with everyone.
    expect((await setMode(boardId, 'open')).status).toBe(200);
    entities(editor).set('editor-when-open', 1);
    await eventually(() => entities(facilitator).has('editor-when-open'), 5000, 'the editor’s new edit');
    expect(entities(facilitator).get('editor-while-locked')).toBe(1);
  });

  it('refuses a mode that does not exist', async () => {
    const boardId = await t.server.createBoard();
    const response = await setMode(boardId, 'frozen');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });
});
