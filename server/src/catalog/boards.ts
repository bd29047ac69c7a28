import * as Y from 'yjs';
import { applyTemplate, CloseCode, initBoardDoc, type TemplateId } from '@roundtable/shared';
import type { BoardStorage } from '../storage/board-storage.ts';
import type { Rooms } from '../sync/rooms.ts';
import { Catalog, type BoardRecord } from './catalog.ts';

/** Creating and deleting a board touches the catalog, storage and rooms together; this keeps them in step. */
export class Boards {
  constructor(
    readonly catalog: Catalog,
    private readonly storage: BoardStorage,
    private readonly rooms: Rooms,
  ) {}

  /** A new board filled from a template, or by `fill` (an import) instead. */
  async create(title: string, template: TemplateId, fill?: (doc: Y.Doc) => void): Promise<BoardRecord> {
    const id = Catalog.newBoardId();
    const doc = new Y.Doc();
    initBoardDoc(doc, { title, template });
    if (fill) fill(doc);
    else applyTemplate(doc, template, new Date().toISOString().slice(0, 10));
    // Storage first: a catalog entry must never point at a board with no data.
    await this.storage.create(id, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    const now = new Date().toISOString();
    const board: BoardRecord = { id, title, template, createdAt: now, updatedAt: now };
    try {
      await this.catalog.add(board);
    } catch (err) {
      await this.storage.remove(id);
      throw err;
    }
    return board;
  }

  /** Renames in the catalog; a loaded board gets the new title in its document now, others when they load. */
  async rename(id: string, title: string): Promise<BoardRecord | undefined> {
    const board = await this.catalog.update(id, { title, updatedAt: new Date().toISOString() });
    if (board) this.rooms.loaded(id)?.setTitle(title);
    return board;
  }

  /** Removes the board from the catalog (new connections are refused), disconnects everyone, deletes its files. */
  async delete(id: string): Promise<boolean> {
    if (!(await this.catalog.remove(id))) return false;
    this.rooms.evict(id, CloseCode.boardDeleted, 'board deleted');
    await this.storage.remove(id);
    return true;
  }
}
