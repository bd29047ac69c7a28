import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createStakeholder, readPlan } from '@roundtable/shared';
import { EntityPatchWriter } from '../../src/lib/entity-patch-writer.ts';
import type { Rating } from '../../src/views/stakeholders/map-geometry.ts';
import { UndoHistory } from '../../src/undo.ts';
import { manualFrames } from '../helpers/frames.ts';

function setup() {
  const doc = new Y.Doc();
  const origin = { local: true };
  const created = createStakeholder(doc, { name: 'Director of Nursing' });
  if (!created.ok) throw new Error('could not create');
  const frames = manualFrames();
  const writer = new EntityPatchWriter<Rating>(doc, origin, frames.scheduler);
  const origins: unknown[] = [];
  boardMaps(doc).entities.observeDeep((_events, transaction) => origins.push(transaction.origin));
  const rating = () => {
    const entity = readPlan(doc).entities.get(created.id);
    return entity?.type === 'stakeholder' ? { power: entity.power, interest: entity.interest } : undefined;
  };
  return { doc, origin, id: created.id, frames, writer, origins, rating };
}

describe('RatingWriter', () => {
  it('writes only the latest place of a drag, once per animation frame, with the local origin', () => {
    const { origin, id, frames, writer, origins, rating } = setup();
    writer.queue(id, { power: 6, interest: 6 });
    writer.queue(id, { power: 7, interest: 8.5 });
    expect(origins).toHaveLength(0);
    frames.frame();
    expect(origins).toEqual([origin]);
    expect(rating()).toEqual({ power: 7, interest: 8.5 });
  });

  it('writes what is pending at once on flush (the end of a drag), and nothing twice', () => {
    const { id, frames, writer, origins, rating } = setup();
    writer.queue(id, { power: 2, interest: 3 });
    writer.flush();
    expect(rating()).toEqual({ power: 2, interest: 3 });
    frames.frame();
    expect(origins).toHaveLength(1);
  });

  it('makes a whole drag one undo step when wrapped in a gesture', () => {
    const { doc, origin, id, frames, writer, rating } = setup();
    const undo = new UndoHistory(doc, origin);
    undo.beginGesture();
    for (let i = 1; i <= 4; i++) {
      writer.queue(id, { power: 5 + i, interest: 5 - i });
      frames.frame();
    }
    writer.flush();
    undo.endGesture();
    expect(rating()).toEqual({ power: 9, interest: 1 });
    undo.undo();
    expect(rating()).toEqual({ power: 5, interest: 5 });
  });

  it('skips a stakeholder deleted mid-drag by someone else', () => {
    const { doc, id, frames, writer } = setup();
    writer.queue(id, { power: 1, interest: 1 });
    boardMaps(doc).entities.delete(id);
    expect(() => frames.frame()).not.toThrow();
    expect(boardMaps(doc).entities.has(id)).toBe(false);
  });
});
