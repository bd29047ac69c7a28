/** Figures of one distribution, in the unit of the samples. */
export interface Distribution {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/** Nearest-rank percentile of ascending samples; null when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function distribution(samples: ArrayLike<number>, alreadySorted = false): Distribution {
  const sorted = alreadySorted ? samples : Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : null,
  };
}

/** Median and spread over rounds. */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  values: (number | null)[];
}

export function spread(values: (number | null | undefined)[]): Spread {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  const middle = present.length / 2;
  const median = present.length === 0 ? null : present.length % 2 ? present[Math.floor(middle)]! : (present[middle - 1]! + present[middle]!) / 2;
  return { median, min: present[0] ?? null, max: present[present.length - 1] ?? null, values: values.map((value) => value ?? null) };
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
