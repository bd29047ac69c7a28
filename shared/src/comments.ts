import * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';
import { isRecord, isTimestamp } from './model/check.ts';
import { newId } from './new-id.ts';

/**
 * Threaded comments, in the top-level `comments` map: threadId -> Y.Map { anchor, createdAt, resolved, comments }.
 * `comments` is a Y.Array of plain records, so two people replying at once both keep their reply.
 * See docs/data-model.md, "Comments".
 */
export const COMMENTS_MAP = 'comments';
export const MAX_COMMENT_LENGTH = 2000;
export const MAX_AUTHOR_LENGTH = 60;
export const MAX_COMMENTS_PER_THREAD = 500;

/** A card (any entity), or a spot in a free view's flow coordinates. */
export type CommentAnchor = { entity: string } | { view: string; x: number; y: number };

/** Who writes: `id` is a per-browser id that outlives the Y.Doc client id; name and colour as in presence. */
export interface CommentAuthor {
  id: string;
  name: string;
  color: string;
}

export interface BoardComment {
  id: string;
  authorId: string;
  author: string;
  color: string;
  text: string;
  createdAt: string;
}

export interface Resolution {
  byId: string;
  by: string;
  at: string;
}

export interface CommentThread {
  id: string;
  anchor: CommentAnchor;
  createdAt: string;
  resolved: Resolution | null;
  comments: readonly BoardComment[];
}

export type CommentErrorCode =
  | 'empty' | 'too-long' | 'bad-anchor' | 'no-entity' | 'bad-author' | 'no-thread' | 'no-comment' | 'not-author' | 'thread-full';

export type CommentResult = { ok: true; id: string } | { ok: false; code: CommentErrorCode; message: string };

export function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(COMMENTS_MAP);
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;
const isColor = (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readAnchor(raw: unknown): CommentAnchor | null {
  if (!isRecord(raw)) return null;
  if (isId(raw.entity)) return { entity: raw.entity };
  if (isId(raw.view) && isFiniteNumber(raw.x) && isFiniteNumber(raw.y)) return { view: raw.view, x: raw.x, y: raw.y };
  return null;
}

function readComment(raw: unknown): BoardComment | null {
  if (!isRecord(raw) || !isId(raw.id) || !isId(raw.authorId) || !isTimestamp(raw.createdAt)) return null;
  const author = typeof raw.author === 'string' ? raw.author.trim().slice(0, MAX_AUTHOR_LENGTH) : '';
  const text = typeof raw.text === 'string' ? raw.text.trim().slice(0, MAX_COMMENT_LENGTH) : '';
  if (!author || !text) return null;
  const color = isColor(raw.color) ? raw.color : '#555555';
  return { id: raw.id, authorId: raw.authorId, author, color, text, createdAt: raw.createdAt };
}

function readResolution(raw: unknown): Resolution | null {
  if (!isRecord(raw) || !isId(raw.byId) || typeof raw.by !== 'string' || !isTimestamp(raw.at)) return null;
  return { byId: raw.byId, by: raw.by.trim().slice(0, MAX_AUTHOR_LENGTH) || 'Someone', at: raw.at };
}

/** One stored thread, or null when it is malformed or has no readable comment left. Never throws. */
export function readThread(id: string, raw: unknown): CommentThread | null {
  if (!(raw instanceof Y.Map)) return null;
  const anchor = readAnchor(raw.get('anchor'));
  const list = raw.get('comments');
  if (!anchor || !(list instanceof Y.Array)) return null;
  const comments = list.toArray().map(readComment).filter((c): c is BoardComment => c !== null);
  if (comments.length === 0) return null;
  const createdAt = isTimestamp(raw.get('createdAt')) ? (raw.get('createdAt') as string) : comments[0]!.createdAt;
  return { id, anchor, createdAt, resolved: readResolution(raw.get('resolved')), comments };
}

/** Every readable thread, oldest first (ties by id, so every screen agrees). */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  commentsMap(doc).forEach((raw, id) => {
    const thread = readThread(id, raw);
    if (thread) threads.push(thread);
  });
  return threads.sort(byCreation);
}

export function byCreation(a: CommentThread, b: CommentThread): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** When the thread last had a comment: what "newest first" sorts by. */
export function latestActivity(thread: CommentThread): string {
  return thread.comments.reduce((latest, c) => (c.createdAt > latest ? c.createdAt : latest), thread.createdAt);
}

export function threadsByEntity(threads: readonly CommentThread[]): Map<string, CommentThread[]> {
  const byEntity = new Map<string, CommentThread[]>();
  for (const thread of threads) {
    if (!('entity' in thread.anchor)) continue;
    const list = byEntity.get(thread.anchor.entity);
    if (list) list.push(thread);
    else byEntity.set(thread.anchor.entity, [thread]);
  }
  return byEntity;
}

/** How many comments sit in the card's unresolved threads: the number its badge shows. */
export function openCount(byEntity: ReadonlyMap<string, readonly CommentThread[]>, entityId: string): number {
  let count = 0;
  for (const thread of byEntity.get(entityId) ?? []) if (!thread.resolved) count += thread.comments.length;
  return count;
}

const fail = (code: CommentErrorCode, message: string): CommentResult => ({ ok: false, code, message });

function checkText(text: string): CommentResult | string {
  const clean = text.trim();
  if (!clean) return fail('empty', 'Write something first.');
  if (clean.length > MAX_COMMENT_LENGTH) return fail('too-long', `A comment can be at most ${MAX_COMMENT_LENGTH} characters.`);
  return clean;
}

function checkAuthor(author: CommentAuthor): CommentResult | null {
  const name = author.name.trim();
  return isId(author.id) && name && name.length <= MAX_AUTHOR_LENGTH && isColor(author.color)
    ? null
    : fail('bad-author', 'The comment needs an author with an id, a name and a colour.');
}

function record(author: CommentAuthor, text: string, now: number): BoardComment {
  return { id: newId(), authorId: author.id, author: author.name.trim(), color: author.color, text, createdAt: new Date(now).toISOString() };
}

function threadComments(doc: Y.Doc, threadId: string): Y.Array<unknown> | null {
  const thread = commentsMap(doc).get(threadId);
  const list = thread instanceof Y.Map ? thread.get('comments') : null;
  return list instanceof Y.Array ? list : null;
}

/** Opens a thread on a card or a spot with its first comment, in one transaction. */
export function startThread(
  doc: Y.Doc, anchor: CommentAnchor, author: CommentAuthor, text: string, now: number, origin?: unknown,
): CommentResult {
  const clean = readAnchor(anchor);
  if (!clean) return fail('bad-anchor', 'A comment belongs on a card or on a spot in a view.');
  if ('entity' in clean && !(boardMaps(doc).entities.get(clean.entity) instanceof Y.Map)) {
    return fail('no-entity', 'That card has been deleted.');
  }
  const checked = checkText(text);
  if (typeof checked !== 'string') return checked;
  const problem = checkAuthor(author);
  if (problem) return problem;
  const id = newId();
  const first = record(author, checked, now);
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    const comments = new Y.Array<unknown>();
    comments.push([first]);
    thread.set('anchor', clean);
    thread.set('createdAt', first.createdAt);
    thread.set('resolved', null);
    thread.set('comments', comments);
    commentsMap(doc).set(id, thread);
  }, origin);
  return { ok: true, id };
}

/** Adds a comment at the end of a thread; returns the new comment's id. */
export function reply(doc: Y.Doc, threadId: string, author: CommentAuthor, text: string, now: number, origin?: unknown): CommentResult {
  const comments = threadComments(doc, threadId);
  if (!comments) return fail('no-thread', 'That thread has been deleted.');
  if (comments.length >= MAX_COMMENTS_PER_THREAD) return fail('thread-full', `A thread can hold at most ${MAX_COMMENTS_PER_THREAD} comments.`);
  const checked = checkText(text);
  if (typeof checked !== 'string') return checked;
  const problem = checkAuthor(author);
  if (problem) return problem;
  const added = record(author, checked, now);
  doc.transact(() => comments.push([added]), origin);
  return { ok: true, id: added.id };
}

export function resolveThread(doc: Y.Doc, threadId: string, person: CommentAuthor, now: number, origin?: unknown): CommentResult {
  const thread = commentsMap(doc).get(threadId);
  if (!(thread instanceof Y.Map)) return fail('no-thread', 'That thread has been deleted.');
  const problem = checkAuthor(person);
  if (problem) return problem;
  const resolution: Resolution = { byId: person.id, by: person.name.trim(), at: new Date(now).toISOString() };
  doc.transact(() => thread.set('resolved', resolution), origin);
  return { ok: true, id: threadId };
}

export function reopenThread(doc: Y.Doc, threadId: string, origin?: unknown): CommentResult {
  const thread = commentsMap(doc).get(threadId);
  if (!(thread instanceof Y.Map)) return fail('no-thread', 'That thread has been deleted.');
  doc.transact(() => thread.set('resolved', null), origin);
  return { ok: true, id: threadId };
}

/**
 * Removes one comment, only for its author (a courtesy check between cooperating clients, not a security
 * boundary). A thread whose last comment goes reads as nothing; its entry stays so a reply made at the same
 * moment elsewhere is not lost with it.
 */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, authorId: string, origin?: unknown): CommentResult {
  const comments = threadComments(doc, threadId);
  if (!comments) return fail('no-thread', 'That thread has been deleted.');
  const index = comments.toArray().findIndex((c) => isRecord(c) && c.id === commentId);
  if (index < 0) return fail('no-comment', 'That comment has been deleted.');
  if ((comments.get(index) as Record<string, unknown>).authorId !== authorId) {
    return fail('not-author', 'Only the person who wrote a comment can delete it.');
  }
  doc.transact(() => comments.delete(index, 1), origin);
  return { ok: true, id: commentId };
}
