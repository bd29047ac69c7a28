import { describe, expect, it } from 'vitest';
import { FollowStore } from '../../src/facilitation/follow-store.ts';
import { ValueStore } from '../../src/lib/value-store.ts';
import { people, stampRole } from './people.ts';

function board(...names: string[]) {
  const { everyone, frames } = people(...names);
  const screens = everyone.map((person) => {
    const noSummon = new ValueStore(false);
    const follow = new FollowStore(person.presence, person.tabs, noSummon);
    return { ...person, noSummon, follow };
  });
  const idOf = (name: string) => screens.find((s) => s.name === name)!.awareness.clientID;
  return { screens, frames, idOf };
}

describe('following someone', () => {
  it('shows the tab they are on and keeps up as they change tab', () => {
    const { screens: [alice, bob], idOf } = board('Alice', 'Bob');
    alice!.tabs.show('risks');
    bob!.follow.follow(idOf('Alice'));
    expect(bob!.follow.getSnapshot().leader).toEqual({ clientId: idOf('Alice'), name: 'Alice', summoned: false });
    expect(bob!.tabs.getSnapshot()).toBe('risks');
    alice!.tabs.show('timeline');
    expect(bob!.tabs.getSnapshot()).toBe('timeline');
  });

  it('stops when this person switches tab themselves, and then stays put', () => {
    const { screens: [alice, bob], idOf } = board('Alice', 'Bob');
    bob!.follow.follow(idOf('Alice'));
    bob!.tabs.show('kpis');
    expect(bob!.follow.getSnapshot().leader).toBeNull();
    alice!.tabs.show('plan');
    expect(bob!.tabs.getSnapshot()).toBe('kpis');
  });

  it('stops with a notice when the person followed leaves', () => {
    const { screens: [alice, bob], idOf } = board('Alice', 'Bob');
    bob!.follow.follow(idOf('Alice'));
    alice!.awareness.setLocalState(null);
    expect(bob!.follow.getSnapshot()).toEqual({ leader: null, notice: 'Alice has left the board, so you are no longer following them.' });
    bob!.follow.dismissNotice();
    expect(bob!.follow.getSnapshot().notice).toBeNull();
  });

  it('does not follow this browser itself or someone who is not here', () => {
    const { screens: [alice], idOf } = board('Alice', 'Bob');
    alice!.follow.follow(idOf('Alice'));
    alice!.follow.follow(123456);
    expect(alice!.follow.getSnapshot().leader).toBeNull();
  });
});

describe('summons', () => {
  it('moves everyone who has not opted out to a facilitator who asks', () => {
    const { screens: [alice, bob, carol], idOf } = board('Alice', 'Bob', 'Carol');
    stampRole(alice!, 'facilitator');
    carol!.noSummon.set(true);
    alice!.tabs.show('risks');
    alice!.presence.setSummon({ id: 'first' });
    expect(bob!.follow.getSnapshot().leader).toEqual({ clientId: idOf('Alice'), name: 'Alice', summoned: true });
    expect(bob!.tabs.getSnapshot()).toBe('risks');
    expect(carol!.follow.getSnapshot().leader).toBeNull();
    expect(carol!.tabs.getSnapshot()).toBe('canvas');
  });

  it('obeys each summons once: after stopping, only a new one moves the screen again', () => {
    const { screens: [alice, bob] } = board('Alice', 'Bob');
    stampRole(alice!, 'facilitator');
    alice!.presence.setSummon({ id: 'first' });
    bob!.follow.stop();
    alice!.tabs.show('plan');
    expect(bob!.tabs.getSnapshot()).toBe('canvas');
    alice!.presence.setSummon({ id: 'second' });
    expect(bob!.tabs.getSnapshot()).toBe('plan');
  });

  it('ignores summons from anyone the server has not stamped as facilitator', () => {
    const { screens: [alice, bob, carol] } = board('Alice', 'Bob', 'Carol');
    stampRole(alice!, 'editor');
    alice!.tabs.show('risks');
    alice!.presence.setSummon({ id: 'editor-summons' });
    carol!.tabs.show('kpis');
    carol!.presence.setSummon({ id: 'unstamped-summons' });
    expect(bob!.follow.getSnapshot().leader).toBeNull();
    expect(bob!.tabs.getSnapshot()).toBe('canvas');
  });

  it('ignores a summons that was already there when this screen first saw the facilitator', () => {
    const { everyone: [alice, bob] } = people('Alice', 'Bob');
    stampRole(alice!, 'facilitator');
    alice!.tabs.show('risks');
    alice!.presence.setSummon({ id: 'earlier' });
    const follow = new FollowStore(bob!.presence, bob!.tabs, new ValueStore(false));
    alice!.tabs.show('plan');
    expect(follow.getSnapshot().leader).toBeNull();
    expect(bob!.tabs.getSnapshot()).toBe('canvas');
  });
});
