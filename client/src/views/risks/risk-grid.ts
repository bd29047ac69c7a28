import { RISK_RAG_LABELS, riskRag, riskScore, type Plan, type Risk } from '@roundtable/shared';

/** The 1–5 scale of likelihood and impact. */
export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface Rating {
  likelihood: number;
  impact: number;
}

export const cellKey = (rating: Rating): string => `${rating.likelihood}-${rating.impact}`;

/** The score band in words with its colour name, e.g. "High risk (red)": colour is never the only signal. */
export function bandLabel(score: number): string {
  const rag = riskRag(score);
  return `${RISK_RAG_LABELS[rag]} (${rag})`;
}

/** Risks of the plan by grid cell, each cell in title order so cards do not jump about. */
export function risksByCell(plan: Plan): Map<string, [string, Risk][]> {
  const cells = new Map<string, [string, Risk][]>();
  for (const [id, entity] of plan.entities) {
    if (entity.type !== 'risk') continue;
    const key = cellKey(entity);
    const list = cells.get(key) ?? [];
    list.push([id, entity]);
    cells.set(key, list);
  }
  for (const list of cells.values()) list.sort(([a, x], [b, y]) => x.title.localeCompare(y.title) || a.localeCompare(b));
  return cells;
}

const clamp = (value: number) => Math.min(5, Math.max(1, value));

/**
 * Where an arrow key moves a card on the grid: up and down change likelihood (high at the top), left and
 * right change impact. Null for other keys or at the grid's edge.
 */
export function ratingAfterKey(rating: Rating, key: string): Rating | null {
  const step: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
  const move = step[key];
  if (!move) return null;
  const next = { likelihood: clamp(rating.likelihood + move[0]), impact: clamp(rating.impact + move[1]) };
  return next.likelihood === rating.likelihood && next.impact === rating.impact ? null : next;
}

/** The rating of a grid cell element (`data-likelihood`, `data-impact`), if the element is inside one. */
export function ratingOfCell(element: Element | null): Rating | null {
  const cell = element?.closest<HTMLElement>('[data-likelihood][data-impact]');
  if (!cell) return null;
  return { likelihood: Number(cell.dataset.likelihood), impact: Number(cell.dataset.impact) };
}

export function riskDescription(risk: Risk): string {
  const score = riskScore(risk);
  return `likelihood ${risk.likelihood}, impact ${risk.impact}, score ${score}, ${bandLabel(score)}`;
}
