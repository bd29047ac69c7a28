import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { BOARD_ID_PATTERN } from '@roundtable/shared';
import type { AccessControl } from '../access/access-control.ts';
import { MAX_ACTIVITY_ENTRIES } from './activity-log.ts';
import type { ActivityStore } from './activity-store.ts';

const Params = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }) });
// Query strings arrive as text (the server does not coerce types): 1 to 500.
const Query = Type.Object({ limit: Type.Optional(Type.String({ pattern: '^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$' })) }, { additionalProperties: false });
const DEFAULT_LIMIT = 100;

export interface ActivityRoutesOptions {
  access: AccessControl;
  activity: ActivityStore;
}

/** The board's activity feed, newest first. See docs/facilitation.md. */
export async function activityRoutes(app: FastifyInstance, { access, activity }: ActivityRoutesOptions): Promise<void> {
  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof Query> }>(
    '/api/boards/:id/activity',
    { schema: { params: Params, querystring: Query } },
    async (request) => {
      const { id } = request.params;
      access.authorize(request, id, 'viewer', 'see the activity');
      const limit = Math.min(Number(request.query.limit ?? DEFAULT_LIMIT), MAX_ACTIVITY_ENTRIES);
      return { entries: await activity.list(id, limit) };
    },
  );
}
