import { describe, expect, it } from 'vitest';
import {
  boardMaps,
  createDependency,
  createInvolvement,
  createLink,
  createMeasure,
  createMitigation,
  createRelationship,
  linkToPlain,
  updateLink,
} from '../src/index.ts';
import { Board, created } from './helpers.ts';

function partnershipBoard() {
  const board = new Board();
  const workstream = board.add('workstream', { name: 'Community falls service' });
  return {
    board,
    workstream,
    milestone: board.add('milestone', { title: 'Service live', workstream, due: '2025-09-01' }),
    activity: board.add('activity', { title: 'Recruit physios', workstream, start: '2025-05-01', end: '2025-07-31' }),
    stakeholder: board.add('stakeholder', { name: 'Falls lead' }),
    other: board.add('stakeholder', { name: 'Age UK branch manager' }),
    risk: board.add('risk', { title: 'Not enough physiotherapists' }),
    kpi: board.add('kpi', { name: 'Falls admissions per month' }),
  };
}

describe('planning links', () => {
  it('creates each link type between the entity types it allows, with its default fields', () => {
    const { board, workstream, milestone, activity, stakeholder, other, risk, kpi } = partnershipBoard();
    const { doc } = board;
    const ids = [
      created(createDependency(doc, activity, milestone)),
      created(createInvolvement(doc, stakeholder, workstream, { role: 'owner' })),
      created(createMitigation(doc, risk, milestone)),
      created(createMeasure(doc, kpi, workstream)),
      created(createRelationship(doc, stakeholder, other)),
    ];
    const plain = ids.map((id) => linkToPlain(boardMaps(doc).links.get(id)!));
    expect(plain).toEqual([
      { type: 'dependency', from: activity, to: milestone, kind: 'finish-to-start' },
      { type: 'involvement', from: stakeholder, to: workstream, role: 'owner' },
      { type: 'mitigation', from: risk, to: milestone },
      { type: 'measure', from: kpi, to: workstream },
      { type: 'relationship', from: stakeholder, to: other, influence: 'medium' },
    ]);
  });

  it('refuses links whose ends have types the link does not allow', () => {
    const { board, workstream, milestone, activity, stakeholder, risk, kpi } = partnershipBoard();
    const { doc } = board;
    expect(createMitigation(doc, risk, kpi)).toMatchObject({ ok: false, errors: ["/to: '" + kpi + "' is a kpi, expected workstream or milestone"] });
    expect(createMitigation(doc, workstream, milestone).ok).toBe(false);
    expect(createDependency(doc, stakeholder, activity).ok).toBe(false);
    expect(createInvolvement(doc, stakeholder, milestone).ok).toBe(false);
    expect(createMeasure(doc, kpi, activity).ok).toBe(false);
    expect(createRelationship(doc, stakeholder, risk).ok).toBe(false);
    expect(createLink(doc, 'dependency', activity, 'missing').ok).toBe(false);
    expect(createLink(doc, 'wormhole', activity, milestone).ok).toBe(false);
    expect(boardMaps(doc).links.size).toBe(0);
  });

  it('refuses a link to itself, a duplicate, and invalid link fields', () => {
    const { board, milestone, activity, stakeholder, other } = partnershipBoard();
    const { doc } = board;
    expect(createDependency(doc, activity, activity).ok).toBe(false);
    expect(createDependency(doc, activity, milestone).ok).toBe(true);
    expect(createDependency(doc, activity, milestone).ok).toBe(false);
    expect(createLink(doc, 'relationship', stakeholder, other, { influence: 'huge' }).ok).toBe(false);
    expect(createLink(doc, 'dependency', milestone, activity, { lag: 3 }).ok).toBe(false);
  });

  it('changes a link field but never its ends', () => {
    const { board, stakeholder, workstream } = partnershipBoard();
    const id = created(createInvolvement(board.doc, stakeholder, workstream));
    expect(updateLink(board.doc, id, { role: 'informed' })).toEqual({ ok: true });
    expect(updateLink(board.doc, id, { role: 'boss' }).ok).toBe(false);
    expect(updateLink(board.doc, id, { to: stakeholder }).ok).toBe(false);
    expect(linkToPlain(boardMaps(board.doc).links.get(id)!)).toMatchObject({ role: 'informed', to: workstream });
  });
});
