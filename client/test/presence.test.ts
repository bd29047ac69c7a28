import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Presence } from '../src/board/presence.ts';
import { manualFrames } from './helpers/frames.ts';

/** Two people's awareness, wired together as the websocket would. */
function twoPeople() {
  const mine = new Awareness(new Y.Doc());
  const theirs = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added!, ...updated!, ...removed!]), 'remote');
    });
  relay(mine, theirs);
  relay(theirs, mine);
  const frames = manualFrames();
  const me = new Presence(mine, frames.scheduler);
  const them = new Presence(theirs, frames.scheduler);
  return { mine, theirs, me, them, frames };
}

describe('Presence', () => {
  it('lists everyone with a name, this browser first', () => {
    const { me, them } = twoPeople();
    expect(me.getSnapshot().peers).toEqual([]);
    them.setUser({ name: 'Priya', color: '#d62728' });
    me.setUser({ name: 'Sam', color: '#1f77b4' });
    expect(me.getSnapshot().peers.map((p) => [p.name, p.isSelf])).toEqual([['Sam', true], ['Priya', false]]);
  });

  it('sends cursor moves at most once per frame, and the pointer leaving at once', () => {
    const { me, them, mine, frames } = twoPeople();
    me.setUser({ name: 'Sam', color: '#1f77b4' });
    let updates = 0;
    mine.on('update', () => updates++);
    for (let i = 0; i < 20; i++) me.setCursor({ x: i, y: i });
    expect(updates).toBe(0);
    frames.frame();
    expect(updates).toBe(1);
    expect(them.getSnapshot().peers.find((p) => p.name === 'Sam')?.cursor).toEqual({ x: 19, y: 19 });
    me.setCursor({ x: 50, y: 50 });
    me.setCursor(null);
    frames.frame();
    expect(them.getSnapshot().peers.find((p) => p.name === 'Sam')?.cursor).toBeNull();
  });

  it('groups other people’s selections by note and keeps unchanged groups identical', () => {
    const { me, them } = twoPeople();
    me.setUser({ name: 'Sam', color: '#1f77b4' });
    them.setUser({ name: 'Priya', color: '#d62728' });
    them.setSelection(['n1', 'n2']);
    me.setSelection(['n1']);
    const first = me.getSnapshot().selectionsByNote;
    expect(first.get('n1')?.map((p) => p.name)).toEqual(['Priya']);
    them.setCursor(null);
    them.setSelection(['n1']);
    const second = me.getSnapshot().selectionsByNote;
    expect(second.get('n1')).toBe(first.get('n1'));
    expect(second.has('n2')).toBe(false);
  });

  it('does not change its snapshot when only this browser’s cursor moves', () => {
    const { me, frames } = twoPeople();
    me.setUser({ name: 'Sam', color: '#1f77b4' });
    const before = me.getSnapshot();
    me.setCursor({ x: 3, y: 4 });
    frames.frame();
    expect(me.getSnapshot()).toBe(before);
  });

  it('treats remote awareness as untrusted data', () => {
    const { me, theirs } = twoPeople();
    theirs.setLocalState({ user: { name: '  Eve  ', color: 'red;background:url(x)' }, cursor: { x: 'a', y: 1 }, selection: [1, 'ok'] });
    const eve = me.getSnapshot().peers[0]!;
    expect(eve).toMatchObject({ name: 'Eve', color: '#555555', cursor: null, selection: ['ok'] });
  });
});
