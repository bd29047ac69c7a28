import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { QUADRANT_LABELS, updateEntity, type Quadrant } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { useStore } from '../../lib/use-store.ts';
import { nudge } from './map-geometry.ts';
import { StakeholderCard } from './StakeholderCard.tsx';
import type { StakeholderRow } from './stakeholder-facts.ts';
import { useCardDrag } from './use-card-drag.ts';
import { canEditEntity } from '../../locks/locks-store.ts';

/** Top row is high power; right column is high interest. */
const QUADRANT_ORDER: Quadrant[] = ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed'];

/** The power × interest grid with its four labelled quadrants and the stakeholders placed on it. */
export function StakeholderMap({ rows }: { rows: StakeholderRow[] }) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const selection = useStore(session.selection);
  const plot = useRef<HTMLDivElement>(null);
  const drag = useCardDrag(session, plot, readOnly);
  const counts = new Map<Quadrant, number>();
  for (const row of rows) counts.set(row.quadrant, (counts.get(row.quadrant) ?? 0) + 1);

  const select = useCallback((id: string) => {
    const { nodes } = session.selection.getSnapshot();
    if (nodes.size !== 1 || !nodes.has(id)) session.selectOnly(id);
  }, [session]);

  const onPointerDown = useCallback((id: string, event: PointerEvent<HTMLElement>) => {
    select(id);
    drag(id, event);
  }, [select, drag]);

  const onKeyDown = useCallback((id: string, event: KeyboardEvent<HTMLElement>) => {
    const stakeholder = session.plan.getSnapshot().entities.get(id);
    if (readOnly || !canEditEntity(session, id) || stakeholder?.type !== 'stakeholder') return;
    const next = nudge(stakeholder, event.key, event.shiftKey ? 0.5 : 1);
    if (!next) return;
    event.preventDefault();
    updateEntity(session.doc, id, { ...next }, session.origin);
  }, [session, readOnly]);

  return (
    <figure className="stakeholder-map" aria-labelledby="stakeholder-map-caption">
      <figcaption id="stakeholder-map-caption" className="visually-hidden">
        Stakeholder map: power from low (bottom) to high (top), interest from low (left) to high (right).
        Focus a card and use the arrow keys to move it; hold Shift for half steps.
      </figcaption>
      <span className="stakeholder-map__axis stakeholder-map__axis--power" aria-hidden="true">Power ↑</span>
      <div className="stakeholder-map__plot">
        {QUADRANT_ORDER.map((quadrant) => (
          <div key={quadrant} className={`quadrant quadrant--${quadrant}`} data-testid={`quadrant-${quadrant}`}>
            <span className="quadrant__label">
              {QUADRANT_LABELS[quadrant]} <span className="quadrant__count">({counts.get(quadrant) ?? 0})</span>
            </span>
          </div>
        ))}
        <div className="stakeholder-map__cards" ref={plot}>
          {rows.map((row) => (
            <StakeholderCard
              key={row.id}
              row={row}
              selected={selection.nodes.has(row.id)}
              onPointerDown={onPointerDown}
              onKeyDown={onKeyDown}
              onSelect={select}
            />
          ))}
        </div>
      </div>
      <span className="stakeholder-map__axis stakeholder-map__axis--interest" aria-hidden="true">Interest →</span>
    </figure>
  );
}
