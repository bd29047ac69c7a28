import type { PlanningColor } from '@roundtable/shared';

/** Accessible shades of the planning palette: a strong edge (text-safe on white) and a pale fill. */
export const PLANNING_SHADES: Record<PlanningColor, { edge: string; fill: string }> = {
  blue: { edge: '#1d5fa8', fill: '#e3eefa' },
  teal: { edge: '#0b6e69', fill: '#dff3f1' },
  green: { edge: '#2e6b30', fill: '#e4f2e2' },
  yellow: { edge: '#7a5d00', fill: '#fbf3cf' },
  orange: { edge: '#a04a00', fill: '#fde9d7' },
  red: { edge: '#a4262c', fill: '#f9e1e2' },
  pink: { edge: '#9c2767', fill: '#f9e2ef' },
  purple: { edge: '#5b3a9c', fill: '#ece5f7' },
  grey: { edge: '#4d5967', fill: '#eceff3' },
};
