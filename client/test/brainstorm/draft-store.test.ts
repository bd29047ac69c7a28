import { describe, expect, it } from 'vitest';
import { discardOtherRounds, draftKey, DraftStore, MAX_DRAFTS } from '../../src/brainstorm/draft-store.ts';
import { memoryStorage } from './memory-storage.ts';

describe('private note drafts', () => {
  it('keeps notes per board and round in storage, so a reload finds them again', () => {
    const storage = memoryStorage();
    const drafts = new DraftStore(storage, draftKey('board1', 'roundA'));
    expect(drafts.add('  More drop-in sessions  ')).toBe(true);
    expect(drafts.add('   ')).toBe(false);
    drafts.add('Ask the carers group');
    const [first] = drafts.getSnapshot();
    drafts.update(first!.id, 'More evening drop-in sessions');

    const reloaded = new DraftStore(storage, draftKey('board1', 'roundA'));
    expect(reloaded.getSnapshot().map((d) => d.text)).toEqual(['More evening drop-in sessions', 'Ask the carers group']);
    expect(new DraftStore(storage, draftKey('board1', 'roundB')).getSnapshot()).toEqual([]);
    expect(new DraftStore(storage, draftKey('board2', 'roundA')).getSnapshot()).toEqual([]);
  });

  it('removes a note whose text is cleared, and stops at the most one person may add', () => {
    const drafts = new DraftStore(memoryStorage(), 'k');
    drafts.add('one');
    drafts.update(drafts.getSnapshot()[0]!.id, '  ');
    expect(drafts.getSnapshot()).toEqual([]);
    for (let i = 0; i < MAX_DRAFTS; i++) drafts.add(`idea ${i}`);
    expect(drafts.add('one too many')).toBe(false);
    expect(drafts.getSnapshot()).toHaveLength(MAX_DRAFTS);
  });

  it('hands notes over once, even when two tabs of the board hold them', () => {
    const storage = memoryStorage();
    const tabA = new DraftStore(storage, 'k');
    const tabB = new DraftStore(storage, 'k');
    tabA.add('Shared idea');
    tabB.reload();
    expect(tabB.getSnapshot().map((d) => d.text)).toEqual(['Shared idea']);
    expect(tabA.take().map((d) => d.text)).toEqual(['Shared idea']);
    expect(tabB.take()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('reads damaged storage as no notes and still works without storage', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(new DraftStore(storage, 'k').getSnapshot()).toEqual([]);
    storage.setItem('k', JSON.stringify([{ id: 'a', text: 'fine' }, { id: 3 }, 'junk', { id: 'b', text: ' ' }]));
    expect(new DraftStore(storage, 'k').getSnapshot()).toEqual([{ id: 'a', text: 'fine' }]);
    const pageOnly = new DraftStore(null, 'k');
    pageOnly.add('kept in the page');
    expect(pageOnly.take().map((d) => d.text)).toEqual(['kept in the page']);
  });

  it('forgets the notes of every other round of the board, and only of that board', () => {
    const storage = memoryStorage();
    for (const [board, round] of [['b1', 'old'], ['b1', 'current'], ['b2', 'old']] as const) {
      new DraftStore(storage, draftKey(board, round)).add('x');
    }
    storage.setItem('roundtable:name', 'Sam');
    discardOtherRounds(storage, 'b1', 'current');
    expect([...storage.items.keys()].sort()).toEqual([draftKey('b1', 'current'), draftKey('b2', 'old'), 'roundtable:name'].sort());
    discardOtherRounds(storage, 'b1', null);
    expect(storage.items.has(draftKey('b1', 'current'))).toBe(false);
  });
});
