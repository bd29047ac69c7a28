import * as Y from 'yjs';
import { locksMap } from './locks.ts';

/** The four top-level maps of a board document (see docs/data-model.md). */
export interface BoardMaps {
  meta: Y.Map<unknown>;
  entities: Y.Map<Y.Map<unknown>>;
  links: Y.Map<Y.Map<unknown>>;
  layouts: Y.Map<Y.Map<Y.Map<number>>>;
}

export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    meta: doc.getMap('meta'),
    entities: doc.getMap('entities'),
    links: doc.getMap('links'),
    layouts: doc.getMap('layouts'),
  };
}

/** The layout map of one free-form view, created on first use. Call inside a transaction. */
export function viewLayout(doc: Y.Doc, viewId: string): Y.Map<Y.Map<number>> {
  const { layouts } = boardMaps(doc);
  let layout = layouts.get(viewId);
  if (!layout) {
    layout = new Y.Map();
    layouts.set(viewId, layout);
  }
  return layout;
}

/** Fields that hold the id of another entity (see docs/data-model.md), and KPI targets, which name milestones. */
const REFERENCE_FIELDS = ['organisation', 'workstream'] as const;

/**
 * Deletes entities together with every link that touches them, their layout entries in every view, and every
 * reference to them from other cards (a stakeholder's organisation, a milestone's workstream, a KPI's targets),
 * in one transaction, so no view is ever left pointing at a missing card. Their locks go too.
 */
export function deleteEntities(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  const doomed = new Set(ids);
  if (doomed.size === 0) return;
  const { entities, links, layouts } = boardMaps(doc);
  doc.transact(() => {
    const locks = locksMap(doc);
    for (const id of doomed) {
      entities.delete(id);
      if (locks.has(id)) locks.delete(id);
    }
    // instanceof guards: another client may have written anything into these maps.
    links.forEach((link, linkId) => {
      if (!(link instanceof Y.Map)) return;
      if (doomed.has(link.get('from') as string) || doomed.has(link.get('to') as string)) links.delete(linkId);
    });
    layouts.forEach((layout) => {
      if (!(layout instanceof Y.Map)) return;
      for (const id of doomed) layout.delete(id);
    });
    entities.forEach((entity) => {
      if (entity instanceof Y.Map) clearReferences(entity, doomed);
    });
  }, origin);
}

function clearReferences(entity: Y.Map<unknown>, doomed: ReadonlySet<string>): void {
  for (const field of REFERENCE_FIELDS) {
    const value = entity.get(field);
    if (typeof value === 'string' && doomed.has(value)) entity.set(field, null);
  }
  const targets = entity.get('targets');
  if (!Array.isArray(targets)) return;
  const kept = targets.filter((target) => !doomed.has((target as { milestone?: unknown } | null)?.milestone as string));
  if (kept.length !== targets.length) entity.set('targets', kept);
}

export function deleteLinks(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  const { links } = boardMaps(doc);
  doc.transact(() => {
    for (const id of ids) links.delete(id);
  }, origin);
}
