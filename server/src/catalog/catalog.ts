import { randomBytes } from 'node:crypto';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

export interface BoardRecord {
  id: string;
  title: string;
  template: string;
  createdAt: string;
  updatedAt: string;
}

interface CatalogData {
  boards: BoardRecord[];
}

/** The board list, kept in DATA_DIR/catalog.json (lowdb writes it atomically: temp file + rename). */
export class Catalog {
  private pendingWrite: NodeJS.Timeout | undefined;

  private constructor(private readonly db: Low<CatalogData>) {}

  static async open(file: string): Promise<Catalog> {
    const db = new Low<CatalogData>(new JSONFile(file), { boards: [] });
    await db.read();
    if (!Array.isArray(db.data?.boards)) throw new Error(`${file} is not a Roundtable catalog`);
    return new Catalog(db);
  }

  static newBoardId(): string {
    return randomBytes(16).toString('base64url');
  }

  list(): BoardRecord[] {
    return [...this.db.data.boards].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): BoardRecord | undefined {
    return this.db.data.boards.find((board) => board.id === id);
  }

  async add(board: BoardRecord): Promise<void> {
    await this.db.update((data) => data.boards.push(board));
  }

  async update(id: string, patch: Partial<Pick<BoardRecord, 'title' | 'updatedAt'>>): Promise<BoardRecord | undefined> {
    const board = this.get(id);
    if (!board) return undefined;
    Object.assign(board, patch);
    await this.db.write();
    return board;
  }

  async remove(id: string): Promise<boolean> {
    const before = this.db.data.boards.length;
    this.db.data.boards = this.db.data.boards.filter((board) => board.id !== id);
    if (this.db.data.boards.length === before) return false;
    await this.db.write();
    return true;
  }

  /**
   * Records that a board's document changed. Edits arrive many times a second, so the file is rewritten at most
   * once per `delayMs`; `close` writes whatever is pending.
   */
  markUpdated(id: string, delayMs = 5000): void {
    const board = this.get(id);
    if (!board) return;
    board.updatedAt = new Date().toISOString();
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
