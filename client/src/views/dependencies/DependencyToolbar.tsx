import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { freeSpot, placesWithFallback } from './auto-place.ts';
import { addCard, NEW_CARD_LABELS, type NewCardType } from './dependency-actions.ts';
import { elkPlaces } from './elk-layout.ts';
import { dependencyArrows } from './graph-elements.ts';
import type { ViewPlacesStore } from './layout-store.ts';
import { writePlaces } from './place-writes.ts';
import { SWIMLANE_LABELS, type SwimlaneMode } from './swimlanes.ts';
import { prefersReducedMotion } from '../../lib/reduced-motion.ts';
import { canEditEntity } from '../../locks/locks-store.ts';

interface Props {
  ids: readonly string[];
  swimlanes: SwimlaneMode;
  onSwimlanes: (mode: SwimlaneMode) => void;
  placesStore: ViewPlacesStore;
}

const NEW_TYPES: NewCardType[] = ['workstream', 'milestone', 'activity'];

/** Add buttons, automatic layout and the swimlane choice; wraps onto more lines on a phone. */
export function DependencyToolbar({ ids, swimlanes, onSwimlanes, placesStore }: Props) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const { screenToFlowPosition, fitView } = useReactFlow();
  const [layingOut, setLayingOut] = useState(false);

  const add = (type: NewCardType) => {
    const pane = document.querySelector('.dep-graph')?.getBoundingClientRect();
    const centre = pane ? screenToFlowPosition({ x: pane.left + pane.width / 2 - 110, y: pane.top + pane.height / 2 - 36 }) : { x: 0, y: 0 };
    const [selected] = session.selection.getSnapshot().nodes;
    const plan = session.plan.getSnapshot();
    const place = freeSpot(centre, placesWithFallback(ids, dependencyArrows(plan), placesStore.getSnapshot()));
    const id = addCard(session.doc, session.origin, type, place, plan, selected);
    if (id) session.selectOnly(id);
  };

  const autoLayout = async () => {
    setLayingOut(true);
    try {
      const places = await elkPlaces(ids, dependencyArrows(session.plan.getSnapshot()));
      // Locked cards stay where they are for those a lock holds back.
      writePlaces(session.doc, new Map([...places].filter(([id]) => canEditEntity(session, id))), session.origin);
      // Frame the new arrangement once React Flow has drawn it.
      requestAnimationFrame(() => void fitView({ padding: 0.2, maxZoom: 1, duration: prefersReducedMotion() ? 0 : 300 }));
    } finally {
      setLayingOut(false);
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Dependency graph tools">
      {NEW_TYPES.map((type) => (
        <button key={type} type="button" className="button" data-testid={`add-${type}`} disabled={readOnly} onClick={() => add(type)}>
          <span aria-hidden="true">+</span> {NEW_CARD_LABELS[type]}
        </button>
      ))}
      <button type="button" className="button" data-testid="auto-layout" disabled={readOnly || layingOut || ids.length === 0} onClick={() => void autoLayout()}>
        {layingOut ? 'Arranging…' : 'Auto layout'}
      </button>
      <label className="dep-toolbar__field">
        Swimlanes
        <select value={swimlanes} onChange={(event) => onSwimlanes(event.target.value as SwimlaneMode)} data-testid="swimlanes">
          {(Object.keys(SWIMLANE_LABELS) as SwimlaneMode[]).map((mode) => (
            <option key={mode} value={mode}>{SWIMLANE_LABELS[mode]}</option>
          ))}
        </select>
      </label>
      {!readOnly && <span className="toolbar__hint">Drag from the dot on a card’s right onto another card: the second waits for the first · select an arrow and press Delete to remove it</span>}
    </div>
  );
}
