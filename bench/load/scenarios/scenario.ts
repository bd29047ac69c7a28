import type { GeneratorProcess } from '../generator-process.ts';
import type { Params } from '../params.ts';
import type { ServerProcess } from '../servers/server-process.ts';

export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7';

/** Named numbers of one run (one scenario, one server, one round); null = not applicable. */
export type Figures = Record<string, number | null>;

export interface ScenarioContext {
  server: ServerProcess;
  gen: GeneratorProcess;
  params: Params;
  round: number;
  /** Unique within the suite run, for room names. */
  tag: string;
  log(message: string): void;
}

export interface ScenarioOutcome {
  figures: Figures;
  /** Anything worth reading beside the figures (e.g. S5's steps). */
  details?: unknown;
  notes: string[];
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  run(ctx: ScenarioContext): Promise<ScenarioOutcome>;
}
