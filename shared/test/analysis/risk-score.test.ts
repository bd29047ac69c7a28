import { describe, expect, it } from 'vitest';
import { RAG_LABELS, RISK_RAG_LABELS, riskRag, riskScore } from '../../src/index.ts';

describe('risk score', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore({ likelihood: 4, impact: 5 })).toBe(20);
    expect(riskScore({ likelihood: 1, impact: 1 })).toBe(1);
  });

  it('bands every possible score: 1–4 green, 5–12 amber, 15–25 red', () => {
    const bands = { green: [] as number[], amber: [] as number[], red: [] as number[] };
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) {
        const score = riskScore({ likelihood, impact });
        bands[riskRag(score)].push(score);
      }
    }
    const range = (scores: number[]) => [Math.min(...scores), Math.max(...scores)];
    expect(range(bands.green)).toEqual([1, 4]);
    expect(range(bands.amber)).toEqual([5, 12]);
    expect(range(bands.red)).toEqual([15, 25]);
  });

  it('gives every RAG value a word label so colour is never the only signal', () => {
    for (const rag of ['red', 'amber', 'green'] as const) {
      expect(RAG_LABELS[rag]).toMatch(/\w/);
      expect(RISK_RAG_LABELS[rag]).toMatch(/risk/);
    }
  });
});
