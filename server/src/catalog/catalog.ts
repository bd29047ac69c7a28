import { randomBytes } from 'node:crypto';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { isBoardMode, type BoardMode } from '@roundtable/shared';
import type { StoredAccess } from '../access/board-access.ts';

export interface BoardRecord {
  id: string;
  title: string;
  template: string;
  createdAt: string;
  updatedAt: string;
  mode: BoardMode;
  /** Hashes of the board's link tokens. Boards from before links existed have none: only the admin opens them. */
  access?: StoredAccess;
  /**
   * The schema version the board's document was brought to when it last loaded. A board already at the version
   * this server migrates to can be sent to newcomers as stored, before it is loaded (see answer-from-storage.ts).
   */
  schema?: number;
}

/** What a client may see of a catalog entry: everything but the token hashes and the server's own bookkeeping. */
export type PublicBoard = Omit<BoardRecord, 'access' | 'schema'>;

export function publicBoard({ access: _access, schema: _schema, ...board }: BoardRecord): PublicBoard {
  return board;
}

interface CatalogData {
  boards: BoardRecord[];
}

/** The board list, kept in DATA_DIR/catalog.json (lowdb writes it atomically: temp file + rename). */
export class Catalog {
  private pendingWrite: NodeJS.Timeout | undefined;
  /** Lookups happen on every edit (markUpdated), so they must not scan the board list. */
  private readonly byId: Map<string, BoardRecord>;

  private constructor(private readonly db: Low<CatalogData>) {
    this.byId = new Map(db.data.boards.map((board) => [board.id, board]));
  }

  static async open(file: string): Promise<Catalog> {
    const db = new Low<CatalogData>(new JSONFile(file), { boards: [] });
    await db.read();
    if (!Array.isArray(db.data?.boards)) throw new Error(`${file} is not a Roundtable catalog`);
    for (const board of db.data.boards) if (!isBoardMode(board.mode)) board.mode = 'open';
    return new Catalog(db);
  }

  static newBoardId(): string {
    return randomBytes(16).toString('base64url');
  }

  list(): BoardRecord[] {
    return [...this.db.data.boards].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): BoardRecord | undefined {
    return this.byId.get(id);
  }

  async add(board: BoardRecord): Promise<void> {
    this.byId.set(board.id, board);
    await this.db.update((data) => data.boards.push(board));
  }

  async update(id: string, patch: Partial<Pick<BoardRecord, 'title' | 'updatedAt' | 'mode' | 'access'>>): Promise<BoardRecord | undefined> {
    const board = this.get(id);
    if (!board) return undefined;
    Object.assign(board, patch);
    await this.db.write();
    return board;
  }

  async remove(id: string): Promise<boolean> {
    if (!this.byId.delete(id)) return false;
    this.db.data.boards = this.db.data.boards.filter((board) => board.id !== id);
    await this.db.write();
    return true;
  }

  /** Records the schema version a board was brought to when it loaded (written with the next catalog write). */
  markSchema(id: string, schema: number): void {
    const board = this.get(id);
    if (!board || board.schema === schema) return;
    board.schema = schema;
    this.scheduleWrite(5000);
  }

  /**
   * Records that a board's document changed. Edits arrive many times a second, so the file is rewritten at most
   * once per `delayMs`; `close` writes whatever is pending.
   */
  markUpdated(id: string, delayMs = 5000): void {
    const board = this.get(id);
    if (!board) return;
    board.updatedAt = new Date().toISOString();
    this.scheduleWrite(delayMs);
  }

  private scheduleWrite(delayMs: number): void {
    this.pendingWrite ??= setTimeout(() => {
      this.pendingWrite = undefined;
      void this.db.write();
    }, delayMs);
  }

  async close(): Promise<void> {
    if (!this.pendingWrite) return;
    clearTimeout(this.pendingWrite);
    this.pendingWrite = undefined;
    await this.db.write();
  }
}
