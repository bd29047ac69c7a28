import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { BOARD_ID_PATTERN, BOARD_MODES, MAX_TITLE_LENGTH, ROLES, TEMPLATE_IDS } from '@roundtable/shared';
import { bearerToken, type AccessControl } from '../access/access-control.ts';
import { forbidden, notFound, unauthorized } from '../http/errors.ts';
import { linksFor, type LinkBase } from '../access/links.ts';
import type { Boards } from './boards.ts';
import { publicBoard } from './catalog.ts';

const Title = Type.String({ minLength: 1, maxLength: MAX_TITLE_LENGTH, pattern: '\\S' });
const Template = Type.Union(TEMPLATE_IDS.map((id) => Type.Literal(id)));
const Mode = Type.Union(BOARD_MODES.map((mode) => Type.Literal(mode)));
const BoardParams = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }) });
const LinkParams = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }), role: Type.Union(ROLES.map((role) => Type.Literal(role))) });
const CreateBody = Type.Object({ title: Title, template: Type.Optional(Template) }, { additionalProperties: false });
const PatchBody = Type.Object({ title: Type.Optional(Title), mode: Type.Optional(Mode) }, { additionalProperties: false, minProperties: 1 });

type Params = Static<typeof BoardParams>;

export interface BoardRoutesOptions {
  boards: Boards;
  access: AccessControl;
  linkBase: LinkBase;
}

/**
 * The catalog REST API: `GET/POST /api/boards`, `GET/PATCH/DELETE /api/boards/:id`, and the board's share links
 * (`GET /api/boards/:id/links`, `POST /api/boards/:id/links/:role/rotate`). See docs/roles.md for who may do what.
 */
export async function boardRoutes(app: FastifyInstance, { boards, access, linkBase }: BoardRoutesOptions): Promise<void> {
  const { catalog } = boards;

  app.get('/api/boards', async (request) => {
    if (!access.isAdmin(bearerToken(request))) {
      throw unauthorized('Listing every board needs the admin token. Your own boards are listed from the links this browser holds.');
    }
    return { boards: catalog.list().map(publicBoard) };
  });

  app.post<{ Body: Static<typeof CreateBody> }>('/api/boards', { schema: { body: CreateBody } }, async (request, reply) => {
    const { board, tokens } = await boards.create(request.body.title.trim(), request.body.template ?? 'blank');
    request.log.info({ boardId: board.id }, 'board created');
    return reply.status(201).send({ ...publicBoard(board), role: 'facilitator', tokens, links: linksFor(linkBase(request), board.id, tokens) });
  });

  app.get<{ Params: Params }>('/api/boards/:id', { schema: { params: BoardParams } }, async (request) => {
    const { board, credential } = access.authorize(request, request.params.id, 'viewer', 'see this board');
    return { ...publicBoard(board), role: credential.role, admin: credential.admin };
  });

  app.patch<{ Params: Params; Body: Static<typeof PatchBody> }>(
    '/api/boards/:id',
    { schema: { params: BoardParams, body: PatchBody } },
    async (request) => {
      const { id } = request.params;
      const { title, mode } = request.body;
      access.authorize(request, id, 'facilitator', title !== undefined ? 'rename this board' : 'change who can edit');
      if (title !== undefined) await boards.rename(id, title.trim());
      if (mode !== undefined) await boards.setMode(id, mode);
      const board = catalog.get(id);
      if (!board) throw notFound('Board');
      if (mode !== undefined) request.log.info({ boardId: id, mode }, 'board mode changed');
      return publicBoard(board);
    },
  );

  app.delete<{ Params: Params }>('/api/boards/:id', { schema: { params: BoardParams } }, async (request, reply) => {
    access.authorize(request, request.params.id, 'facilitator', 'delete this board');
    if (!(await boards.delete(request.params.id))) throw notFound('Board');
    request.log.info({ boardId: request.params.id }, 'board deleted');
    return reply.status(204).send();
  });

  app.get<{ Params: Params }>('/api/boards/:id/links', { schema: { params: BoardParams } }, async (request) => {
    const { board, credential } = access.authorize(request, request.params.id, 'facilitator', 'see the share links');
    const tokens = credential.admin ? undefined : boards.tokens(board, bearerToken(request)!);
    if (!tokens) throw forbidden('The links can only be worked out from the facilitator link. As the admin, replace the links to get new ones.');
    return { tokens, links: linksFor(linkBase(request), board.id, tokens) };
  });

  app.post<{ Params: Static<typeof LinkParams> }>('/api/boards/:id/links/:role/rotate', { schema: { params: LinkParams } }, async (request) => {
    const { id, role } = request.params;
    const { board, credential } = access.authorize(request, id, 'facilitator', 'replace a link');
    const facilitatorToken = credential.admin ? undefined : bearerToken(request);
    const { tokens, replaced } = await boards.replaceLinks(board, role, facilitatorToken);
    request.log.info({ boardId: id, replaced, admin: credential.admin }, 'links replaced');
    return { replaced, tokens, links: linksFor(linkBase(request), id, tokens) };
  });
}

