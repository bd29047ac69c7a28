import { useCallback, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { RISK_RAG_LABELS, riskRag, riskScore, updateEntity, type Risk } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { useStore } from '../../lib/use-store.ts';
import { RiskCard } from './RiskCard.tsx';
import { bandLabel, cellKey, RATINGS, ratingAfterKey, risksByCell } from './risk-grid.ts';
import { useRiskDrag } from './use-risk-drag.ts';
import { canEditEntity } from '../../locks/locks-store.ts';

const HIGH_FIRST = [...RATINGS].reverse();

/** The 5 × 5 heat grid: likelihood up the side (5 at the top), impact along the bottom. */
export function RiskGrid() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const plan = useStore(session.plan);
  const selection = useStore(session.selection);
  const { onPointerDown, consumeDragClick, target } = useRiskDrag(session, readOnly);
  const cells = risksByCell(plan);

  const select = useCallback((id: string) => {
    if (consumeDragClick()) return;
    session.selectOnly(id);
  }, [session, consumeDragClick]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>, id: string, risk: Risk) => {
    const next = readOnly || !canEditEntity(session, id) ? null : ratingAfterKey(risk, event.key);
    if (!next) return;
    event.preventDefault();
    // The card moves to another cell, a new element. Render that now and focus it before this key press ends,
    // so a second press straight after (even within one frame) still reaches the card.
    flushSync(() => updateEntity(session.doc, id, { ...next }, session.origin));
    document.querySelector<HTMLElement>(`[data-testid="risk-card"][data-entity-id="${CSS.escape(id)}"]`)?.focus();
  }, [session, readOnly]);

  return (
    <section className="risk-grid-panel" aria-labelledby="risk-grid-heading">
      <h2 id="risk-grid-heading" className="risk-heading">Likelihood × impact</h2>
      <div className="risk-grid" data-testid="risk-grid">
        <div className="risk-grid__axis risk-grid__axis--y" aria-hidden="true">Likelihood →</div>
        {HIGH_FIRST.map((likelihood) => (
          <div className="risk-grid__row" key={likelihood} role="group" aria-label={`Likelihood ${likelihood}`}>
            <div className="risk-grid__label" aria-hidden="true">{likelihood}</div>
            {RATINGS.map((impact) => {
              const score = riskScore({ likelihood, impact });
              const rag = riskRag(score);
              const key = cellKey({ likelihood, impact });
              const risks = cells.get(key) ?? [];
              return (
                <div
                  key={impact}
                  className={`risk-cell risk-cell--${rag}${target?.cell === key ? ' risk-cell--target' : ''}`}
                  data-testid={`risk-cell-${likelihood}-${impact}`}
                  data-likelihood={likelihood}
                  data-impact={impact}
                  role="group"
                  aria-label={`Likelihood ${likelihood}, impact ${impact}: score ${score}, ${bandLabel(score)}, ${risks.length} risks`}
                >
                  <span className="risk-cell__band" aria-hidden="true">{score} · {RISK_RAG_LABELS[rag]}</span>
                  {risks.map(([id, risk]) => (
                    <RiskCard
                      key={id}
                      id={id}
                      risk={risk}
                      selected={selection.nodes.has(id)}
                      dragging={target?.id === id}
                      onPointerDown={onPointerDown}
                      onClick={select}
                      onKeyDown={onKeyDown}
                    />
                  ))}
                </div>
              );
            })}
          </div>
        ))}
        <div className="risk-grid__row risk-grid__row--labels" aria-hidden="true">
          <div className="risk-grid__label" />
          {RATINGS.map((impact) => <div className="risk-grid__label" key={impact}>{impact}</div>)}
        </div>
        <div className="risk-grid__axis risk-grid__axis--x" aria-hidden="true">Impact →</div>
      </div>
    </section>
  );
}
