import { describe, expect, it } from 'vitest';
import { crossOrganisationDependencies, owningOrganisations } from '../../src/index.ts';
import { Board } from '../helpers.ts';

function partnership() {
  const board = new Board();
  const trust = board.add('organisation', { name: 'Riverside NHS Trust' });
  const council = board.add('organisation', { name: 'Northshire Council' });
  const nurse = board.add('stakeholder', { name: 'Head of community nursing', organisation: trust });
  const social = board.add('stakeholder', { name: 'Adult social care lead', organisation: council });
  const noOrg = board.add('stakeholder', { name: 'Volunteer' });
  const discharge = board.add('workstream', { name: 'Hospital discharge' });
  const care = board.add('workstream', { name: 'Home care capacity' });
  board.link('involvement', nurse, discharge, { role: 'owner' });
  board.link('involvement', social, care, { role: 'owner' });
  board.link('involvement', social, discharge, { role: 'contributor' });
  return { board, trust, council, nurse, social, noOrg, discharge, care };
}

describe('cross-organisation dependencies', () => {
  it('derives ownership from owner involvements, and milestones from their workstream', () => {
    const { board, trust, council, social, discharge, care } = partnership();
    const milestone = board.add('milestone', { workstream: discharge });
    const activity = board.add('activity', { workstream: discharge });
    board.link('involvement', social, activity, { role: 'owner' });
    const loose = board.add('milestone');
    const owners = owningOrganisations(board.plan());
    expect([...owners.get(discharge)!]).toEqual([trust]);
    expect([...owners.get(care)!]).toEqual([council]);
    expect([...owners.get(milestone)!]).toEqual([trust]);
    expect([...owners.get(activity)!]).toEqual([council]);
    expect(owners.has(loose)).toBe(false);
  });

  it('flags dependencies whose ends no single organisation owns, and lists those it cannot judge', () => {
    const { board, trust, council, nurse, noOrg, discharge, care } = partnership();
    const ready = board.add('milestone', { title: 'Care packages ready', workstream: care });
    const discharged = board.add('milestone', { title: 'First discharges', workstream: discharge });
    const sameOrg = board.add('milestone', { title: 'Ward briefed', workstream: discharge });
    const volunteers = board.add('activity', { title: 'Volunteer drivers' });
    board.link('involvement', noOrg, volunteers, { role: 'owner' });
    const crossing = board.link('dependency', ready, discharged);
    board.link('dependency', sameOrg, discharged);
    const unknown = board.link('dependency', volunteers, discharged);
    expect(crossOrganisationDependencies(board.plan())).toEqual({
      crossing: [{ link: crossing, from: ready, to: discharged, fromOrganisations: [council], toOrganisations: [trust] }],
      unknown: [unknown],
    });
    board.link('involvement', nurse, care, { role: 'owner' });
    expect(crossOrganisationDependencies(board.plan()).crossing).toEqual([]);
  });
});
