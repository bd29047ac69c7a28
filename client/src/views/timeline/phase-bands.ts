import { PHASE_LABELS, PHASES, type Phase } from '@roundtable/shared';
import type { TimelineGroup } from './timeline-rows.ts';

export interface PhaseBand {
  phase: Phase;
  label: string;
  /** Day numbers: the earliest start and latest finish of the work in that phase's workstreams. */
  start: number;
  finish: number;
}

/**
 * The programme phases as spans of time: each phase runs from the first to the last dated item of the
 * workstreams in it. Phases with no dated work have no band.
 */
export function phaseBands(groups: readonly TimelineGroup[]): PhaseBand[] {
  const bands: PhaseBand[] = [];
  PHASES.forEach((phase, index) => {
    const spans = groups.filter((g) => g.phaseIndex === index).flatMap((g) => g.items.map((item) => item.span));
    if (spans.length === 0) return;
    bands.push({
      phase,
      label: `${PHASE_LABELS[phase]} phase`,
      start: Math.min(...spans.map((s) => s.start)),
      finish: Math.max(...spans.map((s) => s.finish)),
    });
  });
  return bands;
}
