import { describe, expect, it } from 'vitest';
import { COLUMN_GAP, freeSpot, layeredPlaces, placesWithFallback, ROW_GAP } from '../../src/views/dependencies/auto-place.ts';

describe('automatic places', () => {
  it('puts each card one column right of the longest chain leading to it', () => {
    const places = layeredPlaces(['a', 'b', 'c', 'd'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }]);
    expect(places.get('a')).toEqual({ x: 0, y: 0 });
    expect(places.get('b')).toEqual({ x: COLUMN_GAP, y: 0 });
    expect(places.get('c')).toEqual({ x: 2 * COLUMN_GAP, y: 0 });
    expect(places.get('d')).toEqual({ x: 0, y: ROW_GAP });
  });

  it('still finishes, with every card placed, when dependencies go round in a circle', () => {
    const places = layeredPlaces(['a', 'b'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }]);
    expect(places.size).toBe(2);
    for (const place of places.values()) expect(place.x).toBeLessThan(2 * COLUMN_GAP);
  });

  it('keeps stored places and puts cards without one below them', () => {
    const stored = new Map([['a', { x: 500, y: 40 }]]);
    const places = placesWithFallback(['a', 'b'], [], stored);
    expect(places.get('a')).toBe(stored.get('a'));
    expect(places.get('b')!.y).toBeGreaterThan(40 + ROW_GAP);
    expect(places.get('b')!.x).toBe(500);
  });

  it('moves a new card down until it covers no other', () => {
    const taken = new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: ROW_GAP }]]);
    expect(freeSpot({ x: 5, y: 0 }, taken)).toEqual({ x: 5, y: 2 * ROW_GAP });
    expect(freeSpot({ x: 1000, y: 0 }, taken)).toEqual({ x: 1000, y: 0 });
  });
});
