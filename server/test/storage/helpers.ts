import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import * as Y from 'yjs';
import { FileStorage, type FileStorageOptions } from '../../src/storage/file-storage.ts';
import type { StorageLogger } from '../../src/storage/logger.ts';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh directory under the OS temp dir, deleted after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'roundtable-storage-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A FileStorage over `<tempDir>/boards`, closed after the test. */
export async function openStorage(options: Partial<FileStorageOptions> = {}): Promise<{ storage: FileStorage; dir: string }> {
  const dir = options.dir ?? join(await tempDir(), 'boards');
  const storage = new FileStorage({ ...options, dir });
  cleanups.push(() => storage.close().catch(() => undefined));
  return { storage, dir };
}

export function reopen(dir: string, options: Partial<FileStorageOptions> = {}): FileStorage {
  const storage = new FileStorage({ ...options, dir });
  cleanups.push(() => storage.close().catch(() => undefined));
  return storage;
}

export interface RecordingLogger extends StorageLogger {
  warnings: { obj: object; msg: string }[];
}

export function recordingLogger(): RecordingLogger {
  const warnings: { obj: object; msg: string }[] = [];
  return { warnings, info: () => undefined, warn: (obj, msg) => warnings.push({ obj, msg }) };
}

export const BOARD = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A doc whose every update is captured, in order. */
export function trackedDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

export function rebuild(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

export function content(doc: Y.Doc): unknown {
  return { map: doc.getMap('m').toJSON(), text: doc.getText('t').toString() };
}

export type Edit =
  | { kind: 'set'; key: string; value: number | string }
  | { kind: 'delete'; key: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'cut'; at: number; length: number };

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key, value: fc.oneof(fc.integer(), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('delete' as const), key }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(40), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(40), length: fc.integer({ min: 1, max: 5 }) }),
);

/** Applies one edit as one transaction, so it produces exactly one update (or none if it changes nothing). */
export function applyEdit(doc: Y.Doc, edit: Edit): void {
  const map = doc.getMap('m');
  const text = doc.getText('t');
  switch (edit.kind) {
    case 'set':
      map.set(edit.key, edit.value);
      break;
    case 'delete':
      map.delete(edit.key);
      break;
    case 'insert':
      text.insert(Math.min(edit.at, text.length), edit.text);
      break;
    case 'cut': {
      const at = Math.min(edit.at, text.length);
      text.delete(at, Math.min(edit.length, text.length - at));
      break;
    }
  }
}

/** Edits a fresh doc and returns its initial state plus the updates the edits produced. */
export function editHistory(edits: readonly Edit[]): { doc: Y.Doc; initial: Uint8Array; updates: Uint8Array[] } {
  const { doc, updates } = trackedDoc();
  doc.getMap('m').set('title', 'board');
  const initial = Y.encodeStateAsUpdate(doc);
  updates.length = 0;
  for (const edit of edits) applyEdit(doc, edit);
  return { doc, initial, updates };
}
