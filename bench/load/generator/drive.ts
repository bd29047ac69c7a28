import * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { distribution, type Distribution } from '../stats.ts';
import { dragTargets } from './board.ts';
import { LatencyTracker } from './latency-tracker.ts';
import type { LoadClient } from './load-client.ts';
import type { ClientPool } from './pool.ts';

export interface DriveParams {
  /** Bench ids of the writers; writer i drags the board's i-th card (cycling). */
  writerIds: number[];
  ratePerWriter: number;
  durationMs: number;
  /** After the last send, how long to wait for every update to arrive before counting it lost. */
  drainMs: number;
}

export interface DriveResult {
  sent: number;
  /** Updates × receivers that should have arrived, and those that did. */
  expected: number;
  delivered: number;
  lost: number;
  sentPerSecond: number;
  /** Propagation latency, ms. */
  latency: Distribution;
  /** Load generator CPU over the drive, % of one core. */
  generatorCpuPct: number;
  /** Sends skipped because the generator fell behind its schedule. */
  skipped: number;
  unexpectedCloses: string[];
}

const TICK_MS = 4;
/** At most this many sends per writer per tick when the schedule is behind; the rest are skipped and counted. */
const MAX_CATCH_UP = 3;

interface Schedule {
  writer: LoadClient;
  place: Y.Map<number>;
  next: number;
  moves: number;
}

/** A drag as the graph or canvas view writes it: new x and y on the card's place, one transaction. */
function drag(schedule: Schedule): void {
  schedule.moves += 1;
  const step = schedule.moves % 400;
  schedule.writer.doc!.transact(() => {
    schedule.place.set('x', 100 + step);
    schedule.place.set('y', 300 - (step >> 1));
  });
}

function scheduleFor(writer: LoadClient, index: number, firstSend: number): Schedule {
  const doc = writer.doc;
  if (!doc || !writer.open) throw new Error(`writer ${writer.spec.id} is not connected with a board`);
  const targets = dragTargets(doc);
  if (targets.length === 0) throw new Error(`writer ${writer.spec.id}'s board has no cards to drag`);
  const target = targets[index % targets.length]!;
  const place = boardMaps(doc).layouts.get(target.view)!.get(target.id)!;
  return { writer, place, next: firstSend, moves: 0 };
}

/** Every writer drags at its rate for the duration; every other client of its room counts what arrives. */
export async function drive(pool: ClientPool, params: DriveParams): Promise<DriveResult> {
  const tracker = new LatencyTracker();
  const interval = 1000 / params.ratePerWriter;
  const start = performance.now() + 20;
  const end = start + params.durationMs;
  // Writers' phases spread over one interval (golden-ratio steps), as independent people would be.
  const schedules = params.writerIds.map((id, index) => scheduleFor(pool.get(id), index, start + ((index * 0.618034) % 1) * interval));
  const rooms = new Set(schedules.map((s) => s.writer.spec.room));
  const listening = pool.all().filter((client) => rooms.has(client.spec.room) && client.open);
  for (const s of schedules) tracker.addWriter(s.writer.doc!.clientID, s.writer.spec.id, pool.roomPeers(s.writer.spec.room, s.writer.spec.id));
  for (const client of listening) client.onRemoteUpdate = tracker.receive;
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let skipped = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      for (const s of schedules) {
        for (let burst = 0; s.next <= now && s.next < end && burst < MAX_CATCH_UP; burst++) {
          const doc = s.writer.doc!;
          const at = performance.now();
          drag(s);
          tracker.sent(doc.clientID, Y.getState(doc.store, doc.clientID), at);
          s.next += interval;
        }
        while (s.next <= now - interval && s.next < end) {
          s.next += interval;
          skipped += 1;
        }
      }
      if (now >= end) {
        clearInterval(timer);
        resolve();
      }
    }, TICK_MS);
  });
  const drainUntil = performance.now() + params.drainMs;
  while (tracker.delivered < tracker.expected && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 10));
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - wallBefore;
  for (const client of listening) client.onRemoteUpdate = undefined;
  const sent = tracker.sentCount;
  return {
    sent,
    expected: tracker.expected,
    delivered: tracker.delivered,
    lost: tracker.expected - tracker.delivered,
    sentPerSecond: (sent / params.durationMs) * 1000,
    latency: distribution(tracker.sortedSamples(), true),
    generatorCpuPct: ((cpu.user + cpu.system) / 1000 / wall) * 100,
    skipped,
    unexpectedCloses: listening.filter((c) => c.unexpectedClose).map((c) => `client ${c.spec.id}: ${c.unexpectedClose}`),
  };
}
