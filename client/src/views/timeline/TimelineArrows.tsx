import { memo } from 'react';
import { DEPENDENCY_TYPE, type LateDependency, type Plan, type Span } from '@roundtable/shared';

interface Props {
  plan: Plan;
  spans: ReadonlyMap<string, Span>;
  rows: ReadonlyMap<string, number>;
  late: readonly LateDependency[];
  x: (day: number) => number;
}

/** Dependency arrows between dated items, elbowed from the end `from` ties to the end of `to` it constrains; late ones red with a note. */
export const TimelineArrows = memo(function TimelineArrows({ plan, spans, rows, late, x }: Props) {
  const lateById = new Map(late.map((dependency) => [dependency.link, dependency]));
  const arrows = [];
  for (const [id, link] of plan.links) {
    if (link.type !== DEPENDENCY_TYPE) continue;
    const [from, to] = [spans.get(link.from), spans.get(link.to)];
    const [y1, y2] = [rows.get(link.from), rows.get(link.to)];
    if (!from || !to || y1 === undefined || y2 === undefined) continue;
    const x1 = x(link.kind.startsWith('finish') ? from.finish : from.start);
    const x2 = x(link.kind.endsWith('finish') ? to.finish : to.start);
    const bend = Math.max(x1 + 8, x2 - 14);
    const path = `M ${x1} ${y1} H ${bend} V ${y2} H ${x2 - 2}`;
    const overdue = lateById.get(id);
    arrows.push(
      <g key={id} className={overdue ? 'tl-arrow tl-arrow--late' : 'tl-arrow'}>
        <path d={path} markerEnd={overdue ? 'url(#tl-arrow-late)' : 'url(#tl-arrow)'} />
        {overdue && (
          <text x={bend + 4} y={(y1 + y2) / 2} className="tl-late" data-testid="late-dependency" data-link-id={id}>
            ⚠ Late by {overdue.daysLate} {overdue.daysLate === 1 ? 'day' : 'days'}
          </text>
        )}
      </g>,
    );
  }
  return (
    <g aria-hidden="true">
      <defs>
        <marker id="tl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="#4d5967" />
        </marker>
        <marker id="tl-arrow-late" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="#a4262c" />
        </marker>
      </defs>
      {arrows}
    </g>
  );
});
