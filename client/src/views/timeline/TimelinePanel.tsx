import { useMemo, useState } from 'react';
import { entityName, lateDependencies } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useStore } from '../../lib/use-store.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { TimelineOutline } from './TimelineOutline.tsx';
import { timelineGroups } from './timeline-rows.ts';
import { ZOOM_LABELS, ZOOMS, type Zoom } from './timeline-scale.ts';
import '../../styles/timeline.css';

/** The Timeline view: activities and milestones on dates by workstream; dragging changes the dates for everyone. */
export function TimelinePanel() {
  const session = useBoardSession();
  const plan = useStore(session.plan);
  const [zoom, setZoom] = useState<Zoom>('months');
  const { groups, undated } = useMemo(() => timelineGroups(plan), [plan]);
  const late = useMemo(() => lateDependencies(plan), [plan]);
  const name = (id: string) => {
    const entity = plan.entities.get(id);
    return (entity && entityName(entity).trim()) || '(untitled)';
  };

  return (
    <div className="tl" data-testid="timeline">
      <div className="toolbar" role="toolbar" aria-label="Timeline tools">
        <span className="tl-zoom" role="group" aria-label="Zoom">
          {ZOOMS.map((option) => (
            <button key={option} type="button" className={option === zoom ? 'button button--primary' : 'button'} aria-pressed={option === zoom} data-testid={`timeline-zoom-${option}`} onClick={() => setZoom(option)}>
              {ZOOM_LABELS[option]}
            </button>
          ))}
        </span>
        <span className="toolbar__hint">Drag a bar to move it, its right edge to change the end, a diamond to move a milestone · or select one and use the arrow keys</span>
      </div>
      {late.length > 0 && (
        <div className="warning-box" role="status">
          <strong>Late dependencies:</strong>
          <ul>
            {late.map((dependency) => (
              <li key={dependency.link}>
                “{name(dependency.to)}” is planned {dependency.daysLate} {dependency.daysLate === 1 ? 'day' : 'days'} too early: it has to wait for “{name(dependency.from)}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {groups.length === 0 ? (
        <p className="tl-empty">Nothing is on the timeline yet. Add workstreams, activities and milestones (for example in the Dependency graph) and give them dates.</p>
      ) : (
        <TimelineChart plan={plan} groups={groups} zoom={zoom} />
      )}
      <TimelineOutline groups={groups} />
      {undated.length > 0 && (
        <div className="tl-undated">
          <strong>Not on the timeline yet (no dates) — select one to give it dates:</strong>
          {undated.map((item) => (
            <button key={item.id} type="button" className="button button--small" onClick={() => session.selectOnly(item.id)}>
              {item.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
