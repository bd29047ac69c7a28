import * as Y from 'yjs';
import type { BigBoardPlan } from './big-board.ts';
import { LoadClient } from './load-client.ts';
import { pushUpdate, type RoomTarget } from './seed.ts';
import { withoutClient } from './state-vector.ts';

const TICK_MS = 4;
const MAX_PER_TICK = 20;

/**
 * Sends a planned board to a room: the base first, then every builder on its own connection at `ratePerBuilder`
 * updates a second, each in its order; resolves once the server has applied them all.
 */
export async function sendBigBoard(target: RoomTarget, plan: BigBoardPlan, ratePerBuilder: number, timeoutMs: number): Promise<{ sendMs: number }> {
  await pushUpdate(target, plan.base, plan.baseStateVector, -2, timeoutMs);
  const builders = plan.parts.map((_, i) => new LoadClient({ id: -100 - i, url: target.url, docName: target.docName, wire: target.wire, room: target.room, writer: false }, undefined));
  try {
    for (const timing of await Promise.all(builders.map((builder) => builder.connect(timeoutMs)))) {
      if (!timing.ok) throw new Error(`builder could not connect: ${timing.error}`);
    }
    const started = performance.now();
    const interval = 1000 / ratePerBuilder;
    const sent = plan.parts.map(() => 0);
    const deadline = started + timeoutMs + (plan.parts[0]?.length ?? 0) * interval;
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const now = performance.now();
        const due = Math.floor((now - started) / interval) + 1;
        plan.parts.forEach((part, b) => {
          const until = Math.min(part.length, due, sent[b]! + MAX_PER_TICK);
          for (; sent[b]! < until; sent[b]! += 1) builders[b]!.sendUpdate(part[sent[b]!]!);
        });
        const closed = builders.find((builder) => builder.unexpectedClose);
        if (closed || now > deadline) {
          clearInterval(timer);
          reject(new Error(closed ? `builder ${closed.spec.id} ${closed.unexpectedClose}` : 'building the board took too long'));
        } else if (plan.parts.every((part, b) => sent[b] === part.length)) {
          clearInterval(timer);
          resolve();
        }
      }, TICK_MS);
    });
    // Each builder asks for its own changes back: the answer must hold all of them.
    await Promise.all(
      builders.map((builder, b) => {
        const { client, clock } = plan.builders[b]!;
        return builder.confirm((answer) => (Y.parseUpdateMeta(answer).to.get(client) ?? 0) >= clock, timeoutMs, withoutClient(plan.stateVector, client));
      }),
    );
    return { sendMs: performance.now() - started };
  } finally {
    await Promise.all(builders.map((builder) => builder.close()));
  }
}
