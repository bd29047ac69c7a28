import { Value } from '@sinclair/typebox/value';
import type { BoardJson } from './model/board-json.ts';
import { planFromJson, type Plan } from './model/plan.ts';
import { entityName, type Entity, type Link } from './model/registry.ts';

/** An entity or link in a comparison: what it is and what it is called. */
export interface ChangedRecord {
  id: string;
  type: string;
  /** An entity's name (a note's text, shortened); a link's "From → To". */
  name: string;
}

export interface EditedRecord extends ChangedRecord {
  /** The fields whose value differs, in the order the model lists them. */
  fields: string[];
}

export interface RecordChanges {
  added: ChangedRecord[];
  removed: ChangedRecord[];
  edited: EditedRecord[];
}

/** What changed from one state of a board to another (two versions, or a version and now). */
export interface BoardDiff {
  entities: RecordChanges;
  links: RecordChanges;
}

export type BoardContent = Pick<BoardJson, 'entities' | 'links'>;

const MAX_NAME = 80;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1)}…` : line;
}

const nameOfEntity = (entity: Entity | undefined): string => (entity ? shorten(entityName(entity)) : '');
const nameOfLink = (link: Link, plan: Plan): string =>
  `${nameOfEntity(plan.entities.get(link.from))} → ${nameOfEntity(plan.entities.get(link.to))}`;

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((key) => !Value.Equal(a[key], b[key]));
}

function compare<T extends Entity | Link>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  name: (record: T, side: 'before' | 'after') => string,
): RecordChanges {
  const changes: RecordChanges = { added: [], removed: [], edited: [] };
  for (const [id, record] of after) {
    const old = before.get(id);
    if (!old) {
      changes.added.push({ id, type: record.type, name: name(record, 'after') });
      continue;
    }
    const fields = changedFields(old, record);
    if (fields.length > 0) changes.edited.push({ id, type: record.type, name: name(record, 'after'), fields });
  }
  for (const [id, record] of before) {
    if (!after.has(id)) changes.removed.push({ id, type: record.type, name: name(record, 'before') });
  }
  return changes;
}

/**
 * Entities and links added, removed and edited going from `from` to `to`. Both are read as every view reads a
 * board (`planFromJson`): invalid fields count as their defaults, and links with a missing end are left out.
 * Where cards sit in free-form views (layouts) is not compared.
 */
export function diffBoards(from: BoardContent, to: BoardContent): BoardDiff {
  const before = planFromJson(from);
  const after = planFromJson(to);
  const plans = { before, after };
  return {
    entities: compare(before.entities, after.entities, (entity) => nameOfEntity(entity)),
    links: compare(before.links, after.links, (link, side) => nameOfLink(link, plans[side])),
  };
}
