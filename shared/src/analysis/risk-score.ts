import type { Risk } from '../entities/risk.ts';
import type { Rag } from './rag.ts';

/** Likelihood × impact, 1–25. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/** Lowest score of each band: 1–4 green, 5–12 amber, 15–25 red (13 and 14 cannot occur on a 5 × 5 matrix). */
export const RISK_RAG_BANDS = { amber: 5, red: 15 } as const;

export const RISK_RAG_LABELS: Record<Rag, string> = { red: 'High risk', amber: 'Medium risk', green: 'Low risk' };

export function riskRag(score: number): Rag {
  if (score >= RISK_RAG_BANDS.red) return 'red';
  return score >= RISK_RAG_BANDS.amber ? 'amber' : 'green';
}
