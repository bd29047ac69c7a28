import type { Static } from '@sinclair/typebox';
import * as Y from 'yjs';
import { boardMaps } from '../board-doc.ts';
import type { LinkDefinition } from '../model/definition.ts';
import { linkSchema } from '../model/link-fields.ts';
import { newId } from '../new-id.ts';

/** A free-canvas arrow between two cards. It carries no planning meaning (unlike `dependency`). */
export const CONNECTOR_TYPE = 'connector';

export const ConnectorSchema = linkSchema(CONNECTOR_TYPE, {});
export type Connector = Static<typeof ConnectorSchema>;

export const connectorLink: LinkDefinition<typeof ConnectorSchema> = {
  type: CONNECTOR_TYPE,
  label: 'Connector',
  schema: ConnectorSchema,
  fromTypes: null,
  toTypes: null,
  defaults: () => ({}),
};

export function createConnector(doc: Y.Doc, from: string, to: string, origin?: unknown): string | undefined {
  if (from === to) return undefined;
  const { entities, links } = boardMaps(doc);
  if (!entities.has(from) || !entities.has(to)) return undefined;
  for (const link of links.values()) {
    if (link.get('type') === CONNECTOR_TYPE && link.get('from') === from && link.get('to') === to) return undefined;
  }
  const id = newId();
  doc.transact(() => {
    const link = new Y.Map<unknown>();
    link.set('type', CONNECTOR_TYPE);
    link.set('from', from);
    link.set('to', to);
    links.set(id, link);
  }, origin);
  return id;
}
