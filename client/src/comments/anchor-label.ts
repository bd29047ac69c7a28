import { ENTITY_DEFINITIONS, entityName, latestActivity, type CommentAnchor, type CommentThread, type Plan } from '@roundtable/shared';

const VIEW_NAMES: Record<string, string> = { canvas: 'the canvas' };

/** Where a thread sits, in words: "On Stakeholder: Jo Bloggs", "On the canvas", "On a deleted card". */
export function anchorLabel(anchor: CommentAnchor, plan: Plan): string {
  if (!('entity' in anchor)) return `On ${VIEW_NAMES[anchor.view] ?? `the ${anchor.view} view`}`;
  const entity = plan.entities.get(anchor.entity);
  if (!entity) return 'On a deleted card';
  const type = ENTITY_DEFINITIONS[entity.type].label;
  return `On ${type}: ${entityName(entity).trim() || `untitled ${type.toLowerCase()}`}`;
}

/** Threads for the board's list: newest activity first, resolved ones only when asked for. */
export function listedThreads(threads: readonly CommentThread[], showResolved: boolean): CommentThread[] {
  return threads
    .filter((thread) => showResolved || !thread.resolved)
    .map((thread) => ({ thread, latest: latestActivity(thread) }))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.thread.id.localeCompare(b.thread.id))
    .map(({ thread }) => thread);
}
