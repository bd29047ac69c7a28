import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { readPlan } from '@roundtable/shared';
import { isNotFound, makeDirDurable, syncDir, syncFile, writeFully, type StorageStats } from '../storage/fs-util.ts';
import { boardDir } from '../storage/layout.ts';
import { SerialQueue } from '../storage/serial-queue.ts';

/** Version ids: 9 random bytes as base64url. */
export const VERSION_ID_PATTERN = '^[A-Za-z0-9_-]{12}$';
/** Past this many versions of a board, the oldest automatic one is dropped (the oldest manual one if none). */
export const MAX_VERSIONS = 200;
export const MAX_AUTHOR_LENGTH = 60;

export type VersionKind = 'manual' | 'auto';

/** What the list shows of a version. */
export interface VersionSummary {
  id: string;
  name: string;
  kind: VersionKind;
  createdAt: string;
  /** The name the saver gave (trimmed, at most 60 characters); null for automatic versions. */
  createdBy: string | null;
  entities: number;
}

/** An entry of `index.json`: the summary plus the document's state vector, to tell whether it changed since. */
interface VersionEntry extends VersionSummary {
  stateVector: string;
}

export interface NewVersion {
  name: string;
  kind: VersionKind;
  by?: string | null;
}

const INDEX_FILE = 'index.json';

export const summaryOf = ({ stateVector: _sv, ...summary }: VersionEntry): VersionSummary => summary;

/**
 * Named versions of boards: each one the board's full Yjs state in `DATA_DIR/versions/<boardId>/<id>.bin`, listed
 * in `index.json` (oldest first). Files are written to a temp file, fsynced and renamed; the index only ever
 * names files already in place. Changes to one board's versions run one at a time.
 */
export class VersionStore {
  private readonly queues = new Map<string, SerialQueue>();
  private readonly stats: StorageStats = { appends: 0, fsyncs: 0, bytesWritten: 0 };

  constructor(
    private readonly root: string,
    private readonly maxVersions = MAX_VERSIONS,
  ) {}

  async list(boardId: string): Promise<VersionSummary[]> {
    return (await this.entries(boardId)).map(summaryOf);
  }

  /** A version's stored state, or undefined if the board has no such version. */
  async read(boardId: string, versionId: string): Promise<{ summary: VersionSummary; state: Uint8Array } | undefined> {
    const entry = (await this.entries(boardId)).find((candidate) => candidate.id === versionId);
    if (!entry) return undefined;
    return { summary: summaryOf(entry), state: await readFile(join(boardDir(this.root, boardId), `${entry.id}.bin`)) };
  }

  /** Saves the document as it is at the moment of the call. */
  save(boardId: string, doc: Y.Doc, version: NewVersion): Promise<VersionSummary> {
    const captured = capture(doc);
    return this.queue(boardId).run(async () => summaryOf(await this.write(boardId, captured, version)));
  }

  /** Saves only if the document changed since the board's latest version (or it has none yet). */
  saveIfChanged(boardId: string, doc: Y.Doc, version: NewVersion): Promise<VersionSummary | undefined> {
    const captured = capture(doc);
    return this.queue(boardId).run(async () => {
      const latest = (await this.entries(boardId)).at(-1);
      if (latest?.stateVector === captured.stateVector) return undefined;
      return summaryOf(await this.write(boardId, captured, version));
    });
  }

  /** Deletes every version of a board (the board is being deleted). */
  remove(boardId: string): Promise<void> {
    return this.queue(boardId).run(async () => {
      await rm(boardDir(this.root, boardId), { recursive: true, force: true });
      this.queues.delete(boardId);
    });
  }

  private queue(boardId: string): SerialQueue {
    let queue = this.queues.get(boardId);
    if (!queue) this.queues.set(boardId, (queue = new SerialQueue()));
    return queue;
  }

  private async entries(boardId: string): Promise<VersionEntry[]> {
    try {
      return JSON.parse(await readFile(join(boardDir(this.root, boardId), INDEX_FILE), 'utf8')) as VersionEntry[];
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
  }

  private async write(boardId: string, captured: Captured, version: NewVersion): Promise<VersionEntry> {
    const dir = boardDir(this.root, boardId);
    await makeDirDurable(dir, this.stats);
    const entry: VersionEntry = {
      id: randomBytes(9).toString('base64url'),
      name: version.name,
      kind: version.kind,
      createdAt: new Date().toISOString(),
      createdBy: version.by?.trim().slice(0, MAX_AUTHOR_LENGTH) || null,
      entities: captured.entities,
      stateVector: captured.stateVector,
    };
    await this.writeDurably(dir, `${entry.id}.bin`, captured.state);
    const entries = [...(await this.entries(boardId)), entry];
    const dropped: VersionEntry[] = [];
    while (entries.length > this.maxVersions) {
      const oldestAuto = entries.findIndex((candidate) => candidate.kind === 'auto');
      dropped.push(...entries.splice(Math.max(oldestAuto, 0), 1));
    }
    await this.writeDurably(dir, INDEX_FILE, Buffer.from(JSON.stringify(entries, null, 1)));
    for (const old of dropped) await rm(join(dir, `${old.id}.bin`), { force: true });
    return entry;
  }

  private async writeDurably(dir: string, name: string, data: Uint8Array): Promise<void> {
    const tmp = join(dir, `${name}.tmp`);
    const handle = await open(tmp, 'w');
    try {
      await writeFully(handle, data, 0);
      this.stats.bytesWritten += data.length;
      await syncFile(handle, this.stats);
    } finally {
      await handle.close();
    }
    await rename(tmp, join(dir, name));
    await syncDir(dir, this.stats);
  }
}

interface Captured {
  state: Uint8Array;
  stateVector: string;
  entities: number;
}

function capture(doc: Y.Doc): Captured {
  return {
    state: Y.encodeStateAsUpdate(doc),
    stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    entities: readPlan(doc).entities.size,
  };
}
