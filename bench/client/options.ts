import { parseArgs } from 'node:util';
import type { ViewId } from './scenarios.ts';

export interface BenchOptions {
  smoke: boolean;
  rounds: number;
  /** Cards on each board. */
  count: number;
  /** Cards the multi-card drag moves. */
  block: number;
  views: ViewId[];
  steps: { pan: number; drag: number; single: number };
  /**
   * Let Chromium draw without the 60 Hz beat (adds --disable-gpu-vsync --disable-frame-rate-limit
   * --run-all-compositor-stages-before-draw). Off by default: idle frames then spin at ~0.1 ms and starve the CPU.
   */
  unlimitedFrames: boolean;
  /** Also take a CPU profile and count React renders on the Roundtable page (slows it; separate figures). */
  profile: boolean;
  viewport: { width: number; height: number };
  /** Where the JSON goes; bench/results unless given. */
  out: string | undefined;
}

const VIEWS: readonly ViewId[] = ['canvas', 'dependencies'];

export function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      count: { type: 'string' },
      block: { type: 'string' },
      views: { type: 'string' },
      'unlimited-frames': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    allowPositionals: false,
  });
  const smoke = values.smoke ?? false;
  const number = (text: string | undefined, fallback: number, min: number, max: number) => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`expected a whole number from ${min} to ${max}, got "${text}"`);
    return n;
  };
  const views = (values.views ?? VIEWS.join(',')).split(',').map((v) => v.trim());
  for (const view of views) if (!VIEWS.includes(view as ViewId)) throw new Error(`unknown view "${view}" (canvas, dependencies)`);
  return {
    smoke,
    rounds: number(values.rounds, smoke || values.profile ? 1 : 3, 1, 20),
    count: number(values.count, smoke ? 200 : 2_000, 50, 10_000),
    block: number(values.block, smoke ? 20 : 200, 1, 1_000),
    views: views as ViewId[],
    steps: smoke ? { pan: 30, drag: 20, single: 10 } : values.profile ? { pan: 40, drag: 30, single: 10 } : { pan: 120, drag: 120, single: 60 },
    unlimitedFrames: values['unlimited-frames'] ?? false,
    profile: values.profile ?? false,
    viewport: { width: 1280, height: 800 },
    out: values.out,
  };
}
