import * as Y from 'yjs';
import { viewLayout } from '../board-doc.ts';
import { createNote, type NoteColor } from '../entities/note.ts';
import { createConnector } from '../links/connector.ts';
import { addDays } from '../model/dates.ts';
import { createEntity, createLink } from '../model/write.ts';
import type { EntityType, LinkType } from '../model/registry.ts';

/** Section numbers of the partnership plan's eight questions, as the plan view stores them. */
export type PlanSection = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * Writes a template's content through the model's own writers, so template data is validated like any other.
 * Template content is ours: a refused write is a bug, and throws.
 */
export class TemplateBuilder {
  private planOrder = 0;

  constructor(
    private readonly doc: Y.Doc,
    /** The day the board is created (YYYY-MM-DD); template dates are offsets from it. */
    private readonly today: string,
  ) {}

  date(daysFromToday: number): string {
    return addDays(this.today, daysFromToday);
  }

  entity(type: EntityType, fields: Record<string, unknown>): string {
    const result = createEntity(this.doc, type, fields);
    if (!result.ok) throw new Error(`template ${type} refused: ${result.errors.join('; ')}`);
    return result.id;
  }

  link(type: LinkType, from: string, to: string, fields: Record<string, unknown> = {}): string {
    const result = createLink(this.doc, type, from, to, fields);
    if (!result.ok) throw new Error(`template ${type} link refused: ${result.errors.join('; ')}`);
    return result.id;
  }

  /** Links each item to the next with a dependency: a sequence where each must finish before the next starts. */
  chain(ids: readonly string[]): void {
    for (let i = 1; i < ids.length; i++) this.link('dependency', ids[i - 1]!, ids[i]!);
  }

  /** Places an entity (a note or a reference to any card) in a section of the partnership plan. */
  inPlan(section: PlanSection, entityId: string): void {
    const place = new Y.Map<number>();
    place.set('section', section);
    place.set('order', this.planOrder++);
    viewLayout(this.doc, 'plan').set(entityId, place);
  }

  planNote(section: PlanSection, text: string, color: NoteColor = 'yellow'): string {
    const id = this.entity('note', { text, color });
    this.inPlan(section, id);
    return id;
  }

  canvasNote(x: number, y: number, text: string, color: NoteColor = 'yellow'): string {
    return createNote(this.doc, 'canvas', { x, y, text, color });
  }

  connect(from: string, to: string): void {
    if (!createConnector(this.doc, from, to)) throw new Error('template connector refused');
  }
}
