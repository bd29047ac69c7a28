import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import * as Y from 'yjs';
import {
  BOARD_ID_PATTERN, boardToJson, canEditBoard, diffBoards, isTemplateId, MAX_NAME_LENGTH, MAX_TITLE_LENGTH, migrateBoardDoc,
  restoreBoard, type BoardJson,
} from '@roundtable/shared';
import type { AccessControl } from '../access/access-control.ts';
import { linksFor, type LinkBase } from '../access/links.ts';
import type { Boards } from '../catalog/boards.ts';
import { publicBoard } from '../catalog/catalog.ts';
import { forbidden, HttpError, notFound } from '../http/errors.ts';
import { SERVER_ORIGIN, type Room } from '../sync/room.ts';
import { onBoardRoom } from '../http/board-room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { exportBoardFile, writeBoardJson } from '../transfer/board-file.ts';
import { VERSION_ID_PATTERN, type VersionStore, type VersionSummary } from './version-store.ts';

const BoardParams = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }) });
const VersionParams = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }), versionId: Type.String({ pattern: VERSION_ID_PATTERN }) });
const Side = Type.String({ pattern: `^current$|${VERSION_ID_PATTERN}` });
const DiffQuery = Type.Object({ from: Side, to: Side }, { additionalProperties: false });
const SaveBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH, pattern: '\\S' }), by: Type.Optional(Type.String({ maxLength: MAX_NAME_LENGTH })) },
  { additionalProperties: false },
);
const RestoreBody = Type.Object({ into: Type.Union([Type.Literal('new'), Type.Literal('this')]) }, { additionalProperties: false });

export interface VersionRoutesOptions {
  boards: Boards;
  rooms: Rooms;
  access: AccessControl;
  linkBase: LinkBase;
  versions: VersionStore;
}

/** Named versions of a board: save, list, preview, compare, restore. See docs/versions.md. */
export async function versionRoutes(app: FastifyInstance, { boards, rooms, access, linkBase, versions }: VersionRoutesOptions): Promise<void> {
  const onBoard = <T>(id: string, work: (room: Room) => T | Promise<T>): Promise<T> => onBoardRoom(rooms, id, work);

  /** A stored version as a document brought up to the current schema; 404 when the board has no such version. */
  async function versionDoc(boardId: string, versionId: string): Promise<{ summary: VersionSummary; doc: Y.Doc }> {
    const stored = await versions.read(boardId, versionId);
    if (!stored) throw notFound('Version');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    if (!migrateBoardDoc(doc).ok) {
      doc.destroy();
      throw new HttpError(409, 'newer_schema', 'This version was saved by a newer Roundtable.');
    }
    return { summary: stored.summary, doc };
  }

  async function contentOf(boardId: string, side: string): Promise<BoardJson> {
    if (side === 'current') return onBoard(boardId, (room) => boardToJson(room.doc));
    const { doc } = await versionDoc(boardId, side);
    const content = boardToJson(doc);
    doc.destroy();
    return content;
  }

  app.get<{ Params: Static<typeof BoardParams> }>('/api/boards/:id/versions', { schema: { params: BoardParams } }, async (request) => {
    access.authorize(request, request.params.id, 'viewer', 'see the versions');
    return { versions: (await versions.list(request.params.id)).reverse() };
  });

  app.post<{ Params: Static<typeof BoardParams>; Body: Static<typeof SaveBody> }>(
    '/api/boards/:id/versions',
    { schema: { params: BoardParams, body: SaveBody } },
    async (request, reply) => {
      const { id } = request.params;
      access.authorize(request, id, 'editor', 'save a version');
      const { name, by } = request.body;
      const version = await onBoard(id, (room) => versions.save(id, room.doc, { name: name.trim(), kind: 'manual', by }));
      request.log.info({ boardId: id, versionId: version.id }, 'version saved');
      return reply.status(201).send(version);
    },
  );

  app.get<{ Params: Static<typeof BoardParams>; Querystring: Static<typeof DiffQuery> }>(
    '/api/boards/:id/versions/diff',
    { schema: { params: BoardParams, querystring: DiffQuery } },
    async (request) => {
      const { id } = request.params;
      access.authorize(request, id, 'viewer', 'compare versions');
      const from = await contentOf(id, request.query.from);
      const to = await contentOf(id, request.query.to);
      return diffBoards(from, to);
    },
  );

  app.get<{ Params: Static<typeof VersionParams> }>('/api/boards/:id/versions/:versionId', { schema: { params: VersionParams } }, async (request) => {
    const { id, versionId } = request.params;
    access.authorize(request, id, 'viewer', 'see a version');
    const { doc } = await versionDoc(id, versionId);
    const file = exportBoardFile(doc);
    doc.destroy();
    return file;
  });

  app.post<{ Params: Static<typeof VersionParams>; Body: Static<typeof RestoreBody> }>(
    '/api/boards/:id/versions/:versionId/restore',
    { schema: { params: VersionParams, body: RestoreBody } },
    async (request, reply) => {
      const { id, versionId } = request.params;
      const into = request.body.into;
      const { board, credential } = access.authorize(request, id, into === 'new' ? 'editor' : 'facilitator', into === 'new' ? 'copy a version into a new board' : 'restore a version onto this board');
      if (into === 'this' && !canEditBoard(credential.role, board.mode)) throw forbidden(`The board is ${board.mode}: nothing can be restored onto it now.`);
      const { summary, doc } = await versionDoc(id, versionId);
      const content = boardToJson(doc);
      doc.destroy();

      if (into === 'new') {
        const title = `${board.title} – ${summary.name}`.slice(0, MAX_TITLE_LENGTH);
        const template = isTemplateId(board.template) ? board.template : 'blank';
        const created = await boards.create(title, template, (fresh) => writeBoardJson(fresh, content));
        request.log.info({ boardId: id, versionId, newBoardId: created.board.id }, 'version restored as a new board');
        return reply.status(201).send({ ...publicBoard(created.board), role: 'facilitator', tokens: created.tokens, links: linksFor(linkBase(request), created.board.id, created.tokens) });
      }

      await onBoard(id, (room) => {
        // The state being replaced is captured first (synchronously), so restoring can itself be undone.
        const kept = versions.saveIfChanged(id, room.doc, { name: `Before restoring “${summary.name}”`.slice(0, MAX_NAME_LENGTH), kind: 'auto' });
        restoreBoard(room.doc, content, SERVER_ORIGIN);
        return kept;
      });
      request.log.info({ boardId: id, versionId }, 'version restored onto the board');
      return { restored: summary };
    },
  );
}
