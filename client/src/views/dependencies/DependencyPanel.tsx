import { useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useBoardSession } from '../../board/board-context.ts';
import { useStore } from '../../lib/use-store.ts';
import { CycleWarning } from './CycleWarning.tsx';
import { DependencyGraph } from './DependencyGraph.tsx';
import { DependencyOutline } from './DependencyOutline.tsx';
import { DependencyToolbar } from './DependencyToolbar.tsx';
import { analyseDependencies } from './graph-analysis.ts';
import { scheduledIds } from './graph-elements.ts';
import { ViewPlacesStore } from './layout-store.ts';
import { DEPENDENCIES_VIEW } from './place-writes.ts';
import type { SwimlaneMode } from './swimlanes.ts';
import '../../styles/dependencies.css';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The Dependency graph view: what waits for what, with cycles, the critical path and hand-overs between organisations. */
export function DependencyPanel() {
  const session = useBoardSession();
  const plan = useStore(session.plan);
  const placesStore = useMemo(() => new ViewPlacesStore(session.doc, DEPENDENCIES_VIEW), [session]);
  const [swimlanes, setSwimlanes] = useState<SwimlaneMode>('none');
  const [idsCache] = useState(() => ({ ids: [] as string[] }));
  const ids = useMemo(() => {
    const next = scheduledIds(plan);
    if (!sameIds(next, idsCache.ids)) idsCache.ids = next;
    return idsCache.ids;
  }, [plan, idsCache]);
  const analysis = useMemo(() => analyseDependencies(plan), [plan]);

  return (
    <ReactFlowProvider>
      <DependencyToolbar ids={ids} swimlanes={swimlanes} onSwimlanes={setSwimlanes} placesStore={placesStore} />
      <CycleWarning analysis={analysis} />
      <p className="dep-legend">
        <span className="dep-legend__item dep-legend__item--critical">Bold blue: critical path</span>
        <span className="dep-legend__item dep-legend__item--crossing">Dashed: between organisations</span>
        <span className="dep-legend__item dep-legend__item--cycle">Red: circular</span>
      </p>
      <DependencyGraph ids={ids} analysis={analysis} placesStore={placesStore} swimlanes={swimlanes} />
      <DependencyOutline plan={plan} analysis={analysis} />
    </ReactFlowProvider>
  );
}
