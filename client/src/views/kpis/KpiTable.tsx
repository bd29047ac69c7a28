import type { Kpi, KpiKind, Plan } from '@roundtable/shared';
import { KpiRow } from './KpiRow.tsx';
import { shortDate, type DatedMilestone } from './kpi-status.ts';

interface KpiTableProps {
  kind: KpiKind;
  rows: [string, Kpi][];
  plan: Plan;
  milestones: DatedMilestone[];
  today: string;
}

export function KpiTable({ kind, rows, plan, milestones, today }: KpiTableProps) {
  if (rows.length === 0) return <p className="muted">No {kind} indicators yet.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Table of ${kind} indicators`}>
      <table className="data-table kpi-table" data-kind={kind}>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Kind</th>
            <th scope="col">Unit</th>
            <th scope="col">Owner</th>
            <th scope="col">Baseline</th>
            <th scope="col">Current</th>
            <th scope="col">Now ({shortDate(today)})</th>
            {milestones.map((m) => (
              <th scope="col" key={m.id} className="kpi-table__milestone">
                {m.title}<br /><span className="muted">{shortDate(m.due)}</span>
              </th>
            ))}
            <th scope="col">Final target</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, kpi]) => <KpiRow key={id} id={id} kpi={kpi} plan={plan} milestones={milestones} today={today} />)}
        </tbody>
      </table>
    </div>
  );
}
