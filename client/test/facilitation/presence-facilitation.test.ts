import { describe, expect, it } from 'vitest';
import { people, stampRole } from './people.ts';

describe('presence for following and pointing', () => {
  it('sends viewport moves at most once per frame, and drops the viewport on a tab switch', () => {
    const { everyone: [alice, bob], frames } = people('Alice', 'Bob');
    let updates = 0;
    alice!.awareness.on('update', () => updates++);
    for (let i = 1; i <= 10; i++) alice!.presence.setViewport({ x: i, y: -i, zoom: 1.5 });
    expect(updates).toBe(0);
    frames.frame();
    expect(updates).toBe(1);
    const seen = () => bob!.presence.getSnapshot().peers.find((p) => p.name === 'Alice');
    expect(seen()?.viewport).toEqual({ x: 10, y: -10, zoom: 1.5 });
    alice!.tabs.show('risks');
    expect(seen()?.viewport).toBeNull();
  });

  it('reads role, viewport, summons and laser of others defensively', () => {
    const { everyone: [alice, bob] } = people('Alice', 'Bob');
    const seen = () => bob!.presence.getSnapshot().peers.find((p) => p.name === 'Alice')!;
    stampRole(alice!, 'admin');
    alice!.awareness.setLocalStateField('viewport', { x: 1, y: 2, zoom: 0 });
    alice!.awareness.setLocalStateField('summon', { id: 42 });
    alice!.awareness.setLocalStateField('laser', 'yes');
    expect(seen()).toMatchObject({ role: null, viewport: null, summon: null, laser: false });
    stampRole(alice!, 'facilitator');
    alice!.awareness.setLocalStateField('viewport', { x: 1, y: 2, zoom: 0.5 });
    alice!.awareness.setLocalStateField('summon', { id: 'abc', extra: 'ignored' });
    alice!.presence.setLaser(true);
    expect(seen()).toMatchObject({ role: 'facilitator', viewport: { x: 1, y: 2, zoom: 0.5 }, summon: { id: 'abc' }, laser: true });
  });

  it('leaves this browser’s own role, viewport, summons and laser out of its entry', () => {
    const { everyone: [alice], frames } = people('Alice', 'Bob');
    const before = alice!.presence.getSnapshot();
    alice!.presence.setViewport({ x: 1, y: 1, zoom: 1 });
    frames.frame();
    alice!.presence.setSummon({ id: 'x' });
    alice!.presence.setLaser(true);
    expect(alice!.presence.getSnapshot()).toBe(before);
    expect(before.peers[0]).toMatchObject({ isSelf: true, role: null, viewport: null, summon: null, laser: false });
  });

  it('parses again only the person who changed, and keeps a viewport that did not move', () => {
    const { everyone: [alice, bob, carol], frames } = people('Alice', 'Bob', 'Carol');
    alice!.presence.setViewport({ x: 5, y: 5, zoom: 1 });
    frames.frame();
    const seen = (name: string) => carol!.presence.getSnapshot().peers.find((p) => p.name === name)!;
    const [aliceBefore, bobBefore] = [seen('Alice'), seen('Bob')];
    alice!.presence.setCursor({ x: 1, y: 2 });
    frames.frame();
    expect(seen('Alice')).not.toBe(aliceBefore);
    expect(seen('Alice').cursor).toEqual({ x: 1, y: 2 });
    expect(seen('Alice').viewport).toBe(aliceBefore.viewport);
    expect(seen('Bob')).toBe(bobBefore);
    bob!.awareness.setLocalStateField('user', { name: '  ', color: '#1f77b4' });
    expect(carol!.presence.getSnapshot().peers.map((p) => p.name)).toEqual(['Carol', 'Alice']);
    alice!.presence.setCursor({ x: 3, y: 4 });
    frames.frame();
    expect(carol!.presence.getSnapshot().peers.map((p) => p.name)).toEqual(['Carol', 'Alice']);
  });
});
