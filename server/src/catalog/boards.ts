import * as Y from 'yjs';
import { applyTemplate, CloseCode, initBoardDoc, type BoardMode, type Role, type TemplateId } from '@roundtable/shared';
import type { BoardStorage } from '../storage/board-storage.ts';
import type { Rooms } from '../sync/rooms.ts';
import { issueAccess, replaceLink, tokensFor, type RoleTokens } from '../access/board-access.ts';
import { Catalog, type BoardRecord } from './catalog.ts';

/** A board just made or given new links: the only moment its tokens exist outside a browser. */
export interface IssuedBoard {
  board: BoardRecord;
  tokens: RoleTokens;
}

/** Creating and deleting a board touches the catalog, storage and rooms together; this keeps them in step. */
export class Boards {
  constructor(
    readonly catalog: Catalog,
    private readonly storage: BoardStorage,
    private readonly rooms: Rooms,
    /** Deletes what else is kept about a board (its saved versions). */
    private readonly onDeleted?: (id: string) => Promise<void>,
  ) {}

  /** A new board filled from a template, or by `fill` (an import) instead. */
  async create(title: string, template: TemplateId, fill?: (doc: Y.Doc) => void): Promise<IssuedBoard> {
    const id = Catalog.newBoardId();
    const doc = new Y.Doc();
    initBoardDoc(doc, { title, template });
    if (fill) fill(doc);
    else applyTemplate(doc, template, new Date().toISOString().slice(0, 10));
    // Storage first: a catalog entry must never point at a board with no data.
    await this.storage.create(id, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    const now = new Date().toISOString();
    const { stored, tokens } = issueAccess(id);
    const board: BoardRecord = { id, title, template, createdAt: now, updatedAt: now, mode: 'open', access: stored };
    try {
      await this.catalog.add(board);
    } catch (err) {
      await this.storage.remove(id);
      throw err;
    }
    return { board, tokens };
  }

  /** Renames in the catalog; a loaded board gets the new title in its document now, others when they load. */
  async rename(id: string, title: string): Promise<BoardRecord | undefined> {
    const board = await this.catalog.update(id, { title, updatedAt: new Date().toISOString() });
    if (board) this.rooms.loaded(id)?.setTitle(title);
    return board;
  }

  /** Switches open / locked / archived; connected people's rights change at once. */
  async setMode(id: string, mode: BoardMode): Promise<BoardRecord | undefined> {
    const board = await this.catalog.update(id, { mode });
    if (board) this.rooms.loaded(id)?.setMode(mode);
    return board;
  }

  /**
   * Replaces a link: the old token stops working and everyone connected with it is disconnected. Replacing the
   * facilitator link (or any link without the facilitator token, as the admin does) replaces all three, since
   * the others are derived from it.
   */
  async replaceLinks(board: BoardRecord, role: Role, facilitatorToken: string | undefined): Promise<{ tokens: RoleTokens; replaced: Role[] }> {
    const partial = role !== 'facilitator' && facilitatorToken !== undefined && board.access !== undefined;
    const next = partial ? replaceLink(board.access!, board.id, role, facilitatorToken) : issueAccess(board.id, board.access);
    const replaced: Role[] = partial ? [role] : ['facilitator', 'editor', 'viewer'];
    await this.catalog.update(board.id, { access: next.stored });
    this.rooms.loaded(board.id)?.closeRoles(replaced, CloseCode.unauthorized, 'link replaced');
    return { tokens: next.tokens, replaced };
  }

  /** Every current token of a board, for a facilitator who holds the facilitator token. */
  tokens(board: BoardRecord, facilitatorToken: string): RoleTokens | undefined {
    return board.access ? tokensFor(board.access, board.id, facilitatorToken) : undefined;
  }

  /** Removes the board from the catalog (new connections are refused), disconnects everyone, deletes its files. */
  async delete(id: string): Promise<boolean> {
    if (!(await this.catalog.remove(id))) return false;
    this.rooms.evict(id, CloseCode.boardDeleted, 'board deleted');
    await this.storage.remove(id);
    await this.onDeleted?.(id);
    return true;
  }
}
