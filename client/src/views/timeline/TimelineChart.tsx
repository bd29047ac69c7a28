import { useMemo } from 'react';
import { dayNumber, isoFromDayNumber, lateDependencies, type Plan } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { useStore } from '../../lib/use-store.ts';
import { PLANNING_SHADES } from '../dependencies/planning-colors.ts';
import { phaseBands } from './phase-bands.ts';
import { TimelineArrows } from './TimelineArrows.tsx';
import { TimelineBar, TimelineMilestone } from './TimelineItems.tsx';
import { HEADER_HEIGHT, rowPositions, type TimelineGroup } from './timeline-rows.ts';
import { PX_PER_DAY, ticks, timelineRange, type Zoom } from './timeline-scale.ts';
import { useTimelineDrag } from './use-timeline-drag.ts';

const AXIS_HEIGHT = 36;
/** One soft tint per programme phase, set up → sustain, behind everything else. */
const PHASE_TINTS = ['#f4ecdc', '#e4eefa', '#e4f3e8', '#f6e4ec', '#ebe7f7'];
const PHASE_LABEL_CHAR_PX = 8;
const TRAILING_ROOM = 200;

interface Props {
  plan: Plan;
  groups: readonly TimelineGroup[];
  zoom: Zoom;
}

/** The Gantt: a label column beside an SVG with the date axis, workstream bands, bars, diamonds, arrows and today. */
export function TimelineChart({ plan, groups, zoom }: Props) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const selection = useStore(session.selection);
  const pxPerDay = PX_PER_DAY[zoom];
  const drag = useTimelineDrag(session, pxPerDay, readOnly);
  const today = dayNumber(new Date().toISOString().slice(0, 10));
  const items = useMemo(() => groups.flatMap((group) => group.items.map((item) => ({ item, group }))), [groups]);
  const days = items.flatMap(({ item }) => [item.span.start, item.span.finish]);
  const range = timelineRange(days, today, zoom);
  const x = useMemo(() => (day: number) => (day - range.start) * pxPerDay, [range.start, pxPerDay]);
  const rows = useMemo(() => rowPositions(groups, AXIS_HEIGHT), [groups]);
  const spans = useMemo(() => new Map(items.map(({ item }) => [item.id, item.span])), [items]);
  const late = useMemo(() => lateDependencies(plan), [plan]);
  const bands = useMemo(() => phaseBands(groups), [groups]);
  const width = x(range.end) + TRAILING_ROOM;
  // Room below the last row for the phase bands' names.
  const height = rows.height + 24;
  // A stable DOM order (by id) keeps pointer capture while a drag moves a bar to another row.
  const drawn = [...items].sort((a, b) => (a.item.id < b.item.id ? -1 : 1));

  return (
    <div className="tl-scroll">
      <div className="tl-labels" style={{ height }}>
        {groups.map((group) => (
          <div key={group.key} className="tl-labels__group" style={{ top: rows.headers.get(group.key), height: HEADER_HEIGHT, borderColor: PLANNING_SHADES[group.color].edge }}>
            <span className="tl-labels__name">{group.label}</span>
            {group.phase && <span className="tl-labels__phase">{group.phase}</span>}
          </div>
        ))}
      </div>
      <svg className="tl-svg" width={width} height={height} data-testid="timeline-chart" role="group" aria-label="Timeline chart">
        {bands.map((band, i) => {
          const bandWidth = Math.max(x(band.finish) - x(band.start), 2);
          return (
            <g key={band.phase} className="tl-phase" data-testid="phase-band" aria-label={band.label}>
              <title>{band.label}</title>
              <rect x={x(band.start)} y={AXIS_HEIGHT} width={bandWidth} height={height - AXIS_HEIGHT} fill={PHASE_TINTS[i % PHASE_TINTS.length]} opacity={0.6} />
              {/* Named only where the name fits; a narrow band keeps it as its tooltip. */}
              {bandWidth >= band.label.length * PHASE_LABEL_CHAR_PX && <text x={x(band.start) + 4} y={height - 6}>{band.label}</text>}
            </g>
          );
        })}
        {groups.map((group) => (
          <rect key={group.key} x={0} y={rows.headers.get(group.key)} width={width} height={HEADER_HEIGHT} fill={PLANNING_SHADES[group.color].fill} />
        ))}
        {ticks(range, zoom).map((tick) => (
          <g key={tick.day} className="tl-tick">
            <line x1={x(tick.day)} x2={x(tick.day)} y1={AXIS_HEIGHT - 8} y2={height} />
            <text x={x(tick.day) + 4} y={AXIS_HEIGHT - 14}>{tick.label}</text>
          </g>
        ))}
        <g className="tl-today">
          <title>{`Today, ${isoFromDayNumber(today)}`}</title>
          <line x1={x(today)} x2={x(today)} y1={AXIS_HEIGHT - 30} y2={height} />
          <text x={x(today) + 4} y={12}>Today</text>
        </g>
        <TimelineArrows plan={plan} spans={spans} rows={rows.items} late={late} x={x} />
        {drawn.map(({ item, group }) => {
          const props = { item, group, x, y: rows.items.get(item.id)!, selected: selection.nodes.has(item.id), drag };
          return item.entity.type === 'activity' ? <TimelineBar key={item.id} {...props} /> : <TimelineMilestone key={item.id} {...props} />;
        })}
      </svg>
    </div>
  );
}
