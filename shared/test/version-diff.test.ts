import { describe, expect, it } from 'vitest';
import { boardToJson, createNote, deleteEntities, diffBoards, updateEntity, updateLink } from '../src/index.ts';
import { Board } from './helpers.ts';

describe('diffBoards', () => {
  it('lists entities added, removed and edited, with their names and the fields that changed', () => {
    const board = new Board();
    const nhs = board.add('organisation', { name: 'Riverside NHS Trust' });
    const kept = board.add('stakeholder', { name: 'Director of Nursing', organisation: nhs });
    const gone = board.add('risk', { title: 'Funding ends' });
    const before = boardToJson(board.doc);

    updateEntity(board.doc, kept, { power: 9, role: 'Nursing lead' });
    deleteEntities(board.doc, [gone]);
    const added = board.add('kpi', { name: 'Families using the service' });
    const diff = diffBoards(before, boardToJson(board.doc));

    expect(diff.entities.added).toEqual([{ id: added, type: 'kpi', name: 'Families using the service' }]);
    expect(diff.entities.removed).toEqual([{ id: gone, type: 'risk', name: 'Funding ends' }]);
    expect(diff.entities.edited).toEqual([{ id: kept, type: 'stakeholder', name: 'Director of Nursing', fields: ['role', 'power'] }]);
  });

  it('names links by their ends and reports their edits', () => {
    const board = new Board();
    const a = board.add('activity', { title: 'Recruit staff' });
    const b = board.add('activity', { title: 'Open clinic' });
    const c = board.add('milestone', { title: 'Go live' });
    const dependency = board.link('dependency', a, b);
    const before = boardToJson(board.doc);
    updateLink(board.doc, dependency, { kind: 'start-to-start' });
    const added = board.link('dependency', b, c);
    const diff = diffBoards(before, boardToJson(board.doc));

    expect(diff.links.added).toEqual([{ id: added, type: 'dependency', name: 'Open clinic → Go live' }]);
    expect(diff.links.edited).toEqual([{ id: dependency, type: 'dependency', name: 'Recruit staff → Open clinic', fields: ['kind'] }]);
    expect(diffBoards(boardToJson(board.doc), before).links.removed).toEqual([{ id: added, type: 'dependency', name: 'Open clinic → Go live' }]);
  });

  it('finds nothing between identical boards, and shortens long note text to one line', () => {
    const board = new Board();
    const note = createNote(board.doc, 'canvas', { x: 0, y: 0, text: `Ideas\n${'x'.repeat(200)}` });
    const same = boardToJson(board.doc);
    expect(diffBoards(same, boardToJson(board.doc))).toEqual({
      entities: { added: [], removed: [], edited: [] },
      links: { added: [], removed: [], edited: [] },
    });
    const { added } = diffBoards({ entities: {}, links: {} }, same).entities;
    expect(added[0]).toMatchObject({ id: note, type: 'note' });
    expect(added[0]!.name).toHaveLength(80);
    expect(added[0]!.name.startsWith('Ideas x')).toBe(true);
  });
});
