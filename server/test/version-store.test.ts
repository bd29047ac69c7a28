import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStakeholder } from '@roundtable/shared';
import { VersionStore } from '../src/versions/version-store.ts';

const BOARD = 'b'.repeat(22);
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'roundtable-versions-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('VersionStore', () => {
  it('keeps the newest versions past its limit, dropping automatic ones first, and their files with them', async () => {
    const store = new VersionStore(root, 3);
    const doc = new Y.Doc();
    const saved = [];
    for (const [name, kind] of [['first', 'manual'], ['auto one', 'auto'], ['second', 'manual'], ['auto two', 'auto'], ['third', 'manual']] as const) {
      createStakeholder(doc, { name });
      saved.push(await store.save(BOARD, doc, { name, kind }));
    }
    expect((await store.list(BOARD)).map((version) => version.name)).toEqual(['first', 'second', 'third']);
    expect((await readdir(path.join(root, BOARD))).sort()).toEqual([...[saved[0], saved[2], saved[4]].map((v) => `${v!.id}.bin`), 'index.json'].sort());
    expect((await store.read(BOARD, saved[1]!.id))).toBeUndefined();

    createStakeholder(doc, { name: 'fourth' });
    await store.save(BOARD, doc, { name: 'fourth', kind: 'manual' });
    expect((await store.list(BOARD)).map((version) => version.name)).toEqual(['second', 'third', 'fourth']);
  });

  it('reads back the exact state, and saves "if changed" only when the document changed', async () => {
    const store = new VersionStore(root);
    const doc = new Y.Doc();
    createStakeholder(doc, { name: 'Chief Nurse' });
    const first = await store.saveIfChanged(BOARD, doc, { name: 'End of session', kind: 'auto' });
    expect(first).toMatchObject({ kind: 'auto', entities: 1, createdBy: null });
    expect(await store.saveIfChanged(BOARD, doc, { name: 'again', kind: 'auto' })).toBeUndefined();
    const stored = await store.read(BOARD, first!.id);
    expect(new Uint8Array(stored!.state)).toEqual(Y.encodeStateAsUpdate(doc));

    createStakeholder(doc, { name: 'Carers forum' });
    expect(await store.saveIfChanged(BOARD, doc, { name: 'later', kind: 'auto' })).toMatchObject({ entities: 2 });
    await store.remove(BOARD);
    expect(await store.list(BOARD)).toEqual([]);
  });
});
