import type * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';

/**
 * The workshop countdown, in `meta.timer`. Running: `endsAt` is the wall-clock time (ms) it reaches zero.
 * Paused: `endsAt` is null and `remainingMs` holds what is left. Each screen counts down on its own clock.
 */
export interface TimerState {
  durationMs: number;
  endsAt: number | null;
  remainingMs: number;
}

export const TIMER_KEY = 'timer';
export const MAX_TIMER_MS = 4 * 60 * 60 * 1000;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The timer as stored, or null when there is none (or what is stored is not a timer). */
export function readTimer(doc: Y.Doc): TimerState | null {
  const raw = boardMaps(doc).meta.get(TIMER_KEY) as Partial<TimerState> | null | undefined;
  if (!raw || !isCount(raw.durationMs) || !isCount(raw.remainingMs) || !(raw.endsAt === null || isCount(raw.endsAt))) return null;
  return { durationMs: raw.durationMs, endsAt: raw.endsAt, remainingMs: raw.remainingMs };
}

export function timerRemaining(timer: TimerState, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

function write(doc: Y.Doc, timer: TimerState | null, origin: unknown): void {
  doc.transact(() => {
    if (timer) boardMaps(doc).meta.set(TIMER_KEY, timer);
    else boardMaps(doc).meta.delete(TIMER_KEY);
  }, origin);
}

export function startTimer(doc: Y.Doc, durationMs: number, now: number, origin?: unknown): void {
  const duration = Math.min(Math.max(0, Math.round(durationMs)), MAX_TIMER_MS);
  write(doc, { durationMs: duration, endsAt: now + duration, remainingMs: duration }, origin);
}

export function pauseTimer(doc: Y.Doc, now: number, origin?: unknown): void {
  const timer = readTimer(doc);
  if (timer?.endsAt == null) return;
  write(doc, { ...timer, endsAt: null, remainingMs: timerRemaining(timer, now) }, origin);
}

export function resumeTimer(doc: Y.Doc, now: number, origin?: unknown): void {
  const timer = readTimer(doc);
  if (!timer || timer.endsAt !== null) return;
  write(doc, { ...timer, endsAt: now + timer.remainingMs }, origin);
}

export function resetTimer(doc: Y.Doc, origin?: unknown): void {
  write(doc, null, origin);
}
