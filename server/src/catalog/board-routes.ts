import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { BOARD_ID_PATTERN, MAX_TITLE_LENGTH, TEMPLATE_IDS } from '@roundtable/shared';
import { notFound } from '../http/errors.ts';
import type { Boards } from './boards.ts';

const Title = Type.String({ minLength: 1, maxLength: MAX_TITLE_LENGTH, pattern: '\\S' });
const Template = Type.Union(TEMPLATE_IDS.map((id) => Type.Literal(id)));
const BoardParams = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }) });
const CreateBody = Type.Object({ title: Title, template: Type.Optional(Template) }, { additionalProperties: false });
const PatchBody = Type.Object({ title: Title }, { additionalProperties: false });

type Params = Static<typeof BoardParams>;

/** The catalog REST API: `GET/POST /api/boards`, `GET/PATCH/DELETE /api/boards/:id`. */
export async function boardRoutes(app: FastifyInstance, { boards }: { boards: Boards }): Promise<void> {
  const { catalog } = boards;

  app.get('/api/boards', async () => ({ boards: catalog.list() }));

  app.post<{ Body: Static<typeof CreateBody> }>('/api/boards', { schema: { body: CreateBody } }, async (request, reply) => {
    const board = await boards.create(request.body.title.trim(), request.body.template ?? 'blank');
    request.log.info({ boardId: board.id }, 'board created');
    return reply.status(201).send(board);
  });

  app.get<{ Params: Params }>('/api/boards/:id', { schema: { params: BoardParams } }, async (request) => {
    const board = catalog.get(request.params.id);
    if (!board) throw notFound('Board');
    return board;
  });

  app.patch<{ Params: Params; Body: Static<typeof PatchBody> }>(
    '/api/boards/:id',
    { schema: { params: BoardParams, body: PatchBody } },
    async (request) => {
      const board = await boards.rename(request.params.id, request.body.title.trim());
      if (!board) throw notFound('Board');
      return board;
    },
  );

  app.delete<{ Params: Params }>('/api/boards/:id', { schema: { params: BoardParams } }, async (request, reply) => {
    if (!(await boards.delete(request.params.id))) throw notFound('Board');
    request.log.info({ boardId: request.params.id }, 'board deleted');
    return reply.status(204).send();
  });
}
