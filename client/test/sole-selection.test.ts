import { describe, expect, it } from 'vitest';
import { soleSelectedId } from '../src/canvas/sole-selection.ts';

describe('sole selection (which note shows its toolbar and resize handles)', () => {
  it('is the selected note when it alone is selected', () => {
    expect(soleSelectedId([{ id: 'a' }, { id: 'b', selected: true }, { id: 'c', selected: false }])).toBe('b');
  });

  it('is nobody when no note or several notes are selected', () => {
    expect(soleSelectedId([{ id: 'a' }, { id: 'b' }])).toBeNull();
    expect(soleSelectedId([{ id: 'a', selected: true }, { id: 'b' }, { id: 'c', selected: true }])).toBeNull();
  });
});
