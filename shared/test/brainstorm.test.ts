import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, endBrainstorm, MAX_PROMPT_LENGTH, readBrainstorm, revealBrainstorm, startBrainstorm } from '../src/index.ts';

describe('private brainstorm round', () => {
  it('starts collecting with a prompt, reveals with the planned places, and ends', () => {
    const doc = new Y.Doc();
    expect(readBrainstorm(doc)).toBeNull();
    const id = startBrainstorm(doc, '  What are we hoping to achieve?  ', 1_000);
    expect(readBrainstorm(doc)).toEqual({
      id, prompt: 'What are we hoping to achieve?', status: 'collecting', startedAt: 1_000, area: null, places: {},
    });
    revealBrainstorm(doc, id, { x: 400, y: 0 }, { '17': { x: 400, y: 0, color: 'pink' } });
    expect(readBrainstorm(doc)).toMatchObject({ status: 'revealed', area: { x: 400, y: 0 }, places: { '17': { x: 400, y: 0, color: 'pink' } } });
    endBrainstorm(doc);
    expect(readBrainstorm(doc)).toBeNull();
  });

  it('reveals only the round that is collecting, and only once', () => {
    const doc = new Y.Doc();
    const old = startBrainstorm(doc, '', 0);
    const current = startBrainstorm(doc, 'Which tools shall we use?', 5);
    revealBrainstorm(doc, old, { x: 0, y: 0 }, {});
    expect(readBrainstorm(doc)?.status).toBe('collecting');
    revealBrainstorm(doc, current, { x: 1, y: 2 }, {});
    revealBrainstorm(doc, current, { x: 9, y: 9 }, {});
    expect(readBrainstorm(doc)).toMatchObject({ id: current, status: 'revealed', area: { x: 1, y: 2 } });
  });

  it('reaches every screen through the document and reads garbage from another client tolerantly', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = startBrainstorm(a, 'x'.repeat(MAX_PROMPT_LENGTH + 50), 0);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readBrainstorm(b)).toMatchObject({ id, status: 'collecting' });
    expect(readBrainstorm(b)?.prompt).toHaveLength(MAX_PROMPT_LENGTH);

    const { meta } = boardMaps(b);
    meta.set('brainstorm', { id, status: 'finished' });
    expect(readBrainstorm(b)).toBeNull();
    meta.set('brainstorm', 'soon');
    expect(readBrainstorm(b)).toBeNull();
    meta.set('brainstorm', {
      id, status: 'revealed', prompt: 7, startedAt: 'now', area: { x: 'left' },
      places: { good: { x: 1, y: 2, color: 'blue' }, noColour: { x: 1, y: 2 }, badColour: { x: 1, y: 2, color: 'black' }, junk: 3 },
    });
    expect(readBrainstorm(b)).toEqual({
      id, prompt: '', status: 'revealed', startedAt: 0, area: null, places: { good: { x: 1, y: 2, color: 'blue' } },
    });
  });
});
