import * as Y from 'yjs';
import { createEntity, createLink, readPlan, type EntityFields, type EntityOfType, type EntityType, type LinkType, type Plan, type WriteResult } from '../src/index.ts';

/** The id of a write that must have succeeded. */
export function created(result: WriteResult): string {
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.id;
}

/** A small board built through the real document API, for analysis tests. */
export class Board {
  readonly doc = new Y.Doc();

  add<T extends EntityType>(type: T, fields: EntityFields<EntityOfType<T>> = {}): string {
    return created(createEntity(this.doc, type, fields));
  }

  link(type: LinkType, from: string, to: string, fields: Record<string, unknown> = {}): string {
    return created(createLink(this.doc, type, from, to, fields));
  }

  plan(): Plan {
    return readPlan(this.doc);
  }
}
