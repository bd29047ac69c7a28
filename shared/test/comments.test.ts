import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  commentsMap, createStakeholder, deleteComment, deleteEntities, latestActivity, openCount, MAX_COMMENT_LENGTH,
  readThreads, reopenThread, reply, resolveThread, startThread, threadsByEntity, type CommentAuthor,
} from '../src/index.ts';

const alice: CommentAuthor = { id: 'alice-browser', name: 'Alice', color: '#1f5fa8' };
const bob: CommentAuthor = { id: 'bob-browser', name: 'Bob', color: '#b3261e' };

function boardWithCard(): { doc: Y.Doc; card: string } {
  const doc = new Y.Doc();
  const created = createStakeholder(doc, { name: 'Jo' });
  if (!created.ok) throw new Error('no card');
  return { doc, card: created.id };
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('comment threads', () => {
  it('starts a thread on a card, takes replies in order and counts open comments for the badge', () => {
    const { doc, card } = boardWithCard();
    const started = startThread(doc, { entity: card }, alice, '  Who speaks to Jo?  ', 1_000);
    expect(started.ok).toBe(true);
    const threadId = started.ok ? started.id : '';
    expect(reply(doc, threadId, bob, 'I will', 2_000).ok).toBe(true);
    const [thread] = readThreads(doc);
    expect(thread).toMatchObject({ id: threadId, anchor: { entity: card }, resolved: null, createdAt: '1970-01-01T00:00:01.000Z' });
    expect(thread!.comments.map((c) => [c.author, c.text])).toEqual([['Alice', 'Who speaks to Jo?'], ['Bob', 'I will']]);
    expect(latestActivity(thread!)).toBe('1970-01-01T00:00:02.000Z');
    expect(openCount(threadsByEntity(readThreads(doc)), card)).toBe(2);
    expect(openCount(threadsByEntity(readThreads(doc)), 'other')).toBe(0);
  });

  it('resolving takes the thread out of the count and records who did it; reopening puts it back', () => {
    const { doc, card } = boardWithCard();
    const started = startThread(doc, { entity: card }, alice, 'Check this', 0);
    const id = started.ok ? started.id : '';
    resolveThread(doc, id, bob, 5_000);
    expect(readThreads(doc)[0]!.resolved).toEqual({ byId: 'bob-browser', by: 'Bob', at: '1970-01-01T00:00:05.000Z' });
    expect(openCount(threadsByEntity(readThreads(doc)), card)).toBe(0);
    reopenThread(doc, id);
    expect(openCount(threadsByEntity(readThreads(doc)), card)).toBe(1);
  });

  it('keeps both replies when two people reply at the same moment', () => {
    const { doc: a, card } = boardWithCard();
    const started = startThread(a, { entity: card }, alice, 'Thoughts?', 0);
    const id = started.ok ? started.id : '';
    const b = new Y.Doc();
    sync(a, b);
    reply(a, id, alice, 'From Alice', 10);
    reply(b, id, bob, 'From Bob', 10);
    sync(a, b);
    const texts = (doc: Y.Doc) => readThreads(doc)[0]!.comments.map((c) => c.text);
    expect(texts(a)).toHaveLength(3);
    expect(texts(a)).toEqual(texts(b));
    expect(texts(a)).toEqual(expect.arrayContaining(['From Alice', 'From Bob']));
  });

  it('refuses empty, overlong and misplaced comments with a clear error', () => {
    const { doc, card } = boardWithCard();
    expect(startThread(doc, { entity: card }, alice, '   ', 0)).toMatchObject({ ok: false, code: 'empty' });
    expect(startThread(doc, { entity: card }, alice, 'x'.repeat(MAX_COMMENT_LENGTH + 1), 0)).toMatchObject({ ok: false, code: 'too-long' });
    expect(startThread(doc, { entity: 'missing' }, alice, 'Hi', 0)).toMatchObject({ ok: false, code: 'no-entity' });
    expect(startThread(doc, { view: 'canvas', x: Number.NaN, y: 0 }, alice, 'Hi', 0)).toMatchObject({ ok: false, code: 'bad-anchor' });
    expect(startThread(doc, { entity: card }, { ...alice, name: ' ' }, 'Hi', 0)).toMatchObject({ ok: false, code: 'bad-author' });
    expect(reply(doc, 'nope', alice, 'Hi', 0)).toMatchObject({ ok: false, code: 'no-thread' });
    expect(readThreads(doc)).toEqual([]);
  });

  it('pins a thread to a spot in a view', () => {
    const doc = new Y.Doc();
    const started = startThread(doc, { view: 'canvas', x: 120.5, y: -40 }, alice, 'Group these', 0);
    expect(started.ok).toBe(true);
    expect(readThreads(doc)[0]!.anchor).toEqual({ view: 'canvas', x: 120.5, y: -40 });
    expect(threadsByEntity(readThreads(doc)).size).toBe(0);
  });

  it('lets only the author delete a comment; a thread with none left reads as nothing', () => {
    const { doc, card } = boardWithCard();
    const started = startThread(doc, { entity: card }, alice, 'Mine', 0);
    const id = started.ok ? started.id : '';
    const commentId = readThreads(doc)[0]!.comments[0]!.id;
    expect(deleteComment(doc, id, commentId, bob.id)).toMatchObject({ ok: false, code: 'not-author' });
    expect(deleteComment(doc, id, commentId, alice.id).ok).toBe(true);
    expect(readThreads(doc)).toEqual([]);
    expect(deleteComment(doc, id, commentId, alice.id)).toMatchObject({ ok: false, code: 'no-comment' });
  });

  it('keeps threads readable after their card is deleted', () => {
    const { doc, card } = boardWithCard();
    startThread(doc, { entity: card }, alice, 'Still relevant', 0);
    deleteEntities(doc, [card]);
    expect(readThreads(doc)[0]!.anchor).toEqual({ entity: card });
  });

  it('reads malformed data from another client as nothing, without throwing', () => {
    const { doc, card } = boardWithCard();
    startThread(doc, { entity: card }, alice, 'Good one', 0);
    const map = commentsMap(doc);
    map.set('plain', { anchor: { entity: card } });
    const noAnchor = new Y.Map<unknown>();
    noAnchor.set('comments', new Y.Array());
    map.set('no-anchor', noAnchor);
    const badComments = new Y.Map<unknown>();
    const list = new Y.Array<unknown>();
    list.push([null, 7, { id: 'c', authorId: 'a', author: 'A', text: '', createdAt: 'yesterday' }, { id: 'ok', authorId: 'a', author: 'A', text: 'Fine', createdAt: '2026-01-01T00:00:00.000Z', color: 'red' }]);
    badComments.set('anchor', { view: 'canvas', x: 1, y: 2 });
    badComments.set('comments', list);
    badComments.set('resolved', { by: 5 });
    map.set('bad-comments', badComments);
    const threads = readThreads(doc);
    expect(threads).toHaveLength(2);
    const spot = threads.find((t) => t.id === 'bad-comments')!;
    expect(spot.comments).toEqual([{ id: 'ok', authorId: 'a', author: 'A', text: 'Fine', createdAt: '2026-01-01T00:00:00.000Z', color: '#555555' }]);
    expect(spot.resolved).toBeNull();
  });
});
