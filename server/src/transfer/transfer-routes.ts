import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { BOARD_ID_PATTERN, canEditBoard, isTemplateId, MAX_TITLE_LENGTH, readPlan, type BoardJson } from '@roundtable/shared';
import type { AccessControl } from '../access/access-control.ts';
import { linksFor, type LinkBase } from '../access/links.ts';
import { publicBoard } from '../catalog/catalog.ts';
import type { Boards } from '../catalog/boards.ts';
import { forbidden, HttpError } from '../http/errors.ts';
import { SERVER_ORIGIN, type Room } from '../sync/room.ts';
import { onBoardRoom } from '../http/board-room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { BOARD_FILE_FORMAT, checkBoardFile, exportBoardFile, writeBoardJson } from './board-file.ts';
import { planPlacement } from './plan-placement.ts';
import { risksCsv, stakeholdersCsv } from './registers-csv.ts';
import { buildReport } from './report-model.ts';
import { reportHtml } from './report-html.ts';
import { reportMarkdown } from './report-markdown.ts';
import { parseStakeholderCsv, writeStakeholders } from './stakeholder-import.ts';

const Params = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }) });
const AnyObject = Type.Record(Type.String(), Type.Unknown());
const BoardFileBody = Type.Object({ format: Type.Literal(BOARD_FILE_FORMAT), meta: AnyObject, entities: AnyObject, links: AnyObject, layouts: AnyObject });
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

const today = () => new Date().toISOString().slice(0, 10);
const fileName = (title: string, ending: string) =>
  `${title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'board'}-${ending}`;

/** Exports built from the stored document (no browser needed) and imports that write through the room. */
export interface TransferRoutesOptions {
  boards: Boards;
  rooms: Rooms;
  access: AccessControl;
  linkBase: LinkBase;
}

export async function transferRoutes(app: FastifyInstance, { boards, rooms, access, linkBase }: TransferRoutesOptions): Promise<void> {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_CSV_BYTES }, (_request, body, done) => done(null, body));

  const onBoard = <T>(id: string, work: (room: Room) => T | Promise<T>): Promise<T> => onBoardRoom(rooms, id, work);

  const download = (reply: FastifyReply, id: string, type: string, ending: string, body: string) =>
    reply
      .type(type)
      .header('content-disposition', `attachment; filename="${fileName(boards.catalog.get(id)?.title ?? '', ending)}"`)
      .send(body);

  const exports: [string, string, (room: Room, title: string) => string][] = [
    ['board.json', 'application/json; charset=utf-8', (room) => JSON.stringify(exportBoardFile(room.doc), null, 2)],
    ['stakeholders.csv', 'text/csv; charset=utf-8', (room) => stakeholdersCsv(readPlan(room.doc))],
    ['risks.csv', 'text/csv; charset=utf-8', (room) => risksCsv(readPlan(room.doc))],
    ['report.md', 'text/markdown; charset=utf-8', (room, title) => reportMarkdown(buildReport(readPlan(room.doc), planPlacement(room.doc), title, today()))],
    ['report.html', 'text/html; charset=utf-8', (room, title) => reportHtml(buildReport(readPlan(room.doc), planPlacement(room.doc), title, today()))],
  ];
  for (const [ending, type, build] of exports) {
    app.get<{ Params: Static<typeof Params> }>(`/api/boards/:id/export/${ending}`, { schema: { params: Params } }, async (request, reply) => {
      const { id } = request.params;
      access.authorize(request, id, 'viewer', 'export this board');
      const body = await onBoard(id, (room) => build(room, boards.catalog.get(id)?.title ?? 'Board'));
      return download(reply, id, type, ending, body);
    });
  }

  app.post<{ Body: BoardJson }>('/api/boards/import', { schema: { body: BoardFileBody }, bodyLimit: MAX_IMPORT_BYTES }, async (request, reply) => {
    const checked = checkBoardFile(request.body);
    if (!checked.ok) {
      const status = checked.code === 'newer_schema' ? 422 : 400;
      throw new HttpError(status, checked.code, 'The file is not a board this server can import.', { problems: checked.errors });
    }
    const { meta } = checked.board;
    const title = typeof meta.title === 'string' && meta.title.trim() ? meta.title.trim().slice(0, MAX_TITLE_LENGTH) : 'Imported board';
    const template = isTemplateId(meta.template) ? meta.template : 'blank';
    const { board, tokens } = await boards.create(title, template, (doc) => writeBoardJson(doc, checked.board));
    request.log.info({ boardId: board.id }, 'board imported');
    return reply.status(201).send({ ...publicBoard(board), role: 'facilitator', tokens, links: linksFor(linkBase(request), board.id, tokens) });
  });

  app.post<{ Params: Static<typeof Params>; Body: string }>(
    '/api/boards/:id/import/stakeholders',
    { schema: { params: Params } },
    async (request) => {
      const { board, credential } = access.authorize(request, request.params.id, 'editor', 'import stakeholders');
      if (!canEditBoard(credential.role, board.mode)) throw forbidden(`The board is ${board.mode}: nothing can be imported into it now.`);
      if (typeof request.body !== 'string') throw new HttpError(415, 'unsupported_media_type', 'Send the CSV as text/csv.');
      const parsed = parseStakeholderCsv(request.body);
      if (!parsed.ok) {
        throw new HttpError(400, 'invalid_csv', 'Nothing was imported: fix the rows listed and try again.', { mapping: parsed.mapping, rows: parsed.errors });
      }
      const result = await onBoard(request.params.id, (room) => writeStakeholders(room.doc, parsed.rows, SERVER_ORIGIN));
      return { ...result, mapping: parsed.mapping };
    },
  );
}
