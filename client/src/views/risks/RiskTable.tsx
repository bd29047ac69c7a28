import { useState } from 'react';
import { useBoardSession } from '../../board/board-context.ts';
import { useStore } from '../../lib/use-store.ts';
import { RiskRow } from './RiskRow.tsx';
import { DEFAULT_RISK_SORT, nextSort, sortedRisks, type RiskSort, type RiskSortKey } from './risk-sort.ts';

const COLUMNS: [RiskSortKey, string][] = [
  ['title', 'Risk'],
  ['likelihood', 'Likelihood'],
  ['impact', 'Impact'],
  ['score', 'Score'],
  ['owner', 'Owner'],
  ['mitigation', 'Mitigation'],
  ['status', 'Status'],
  ['workstream', 'Workstream'],
];

/** The register as a table, sortable by any column; the main fields are edited in place. */
export function RiskTable() {
  const session = useBoardSession();
  const plan = useStore(session.plan);
  const [sort, setSort] = useState<RiskSort>(DEFAULT_RISK_SORT);
  const rows = sortedRisks(plan, sort);
  const workstreams = [...plan.entities].flatMap(([id, e]) => (e.type === 'workstream' ? [[id, e.name || 'Untitled workstream'] as const] : []));

  const header = (key: RiskSortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, key))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  return (
    <section className="risk-table-panel" aria-labelledby="risk-table-heading">
      <h2 id="risk-table-heading" className="risk-heading">Register</h2>
      {rows.length === 0 ? (
        <p className="muted">No risks yet. Add the things that could stop the change working, then rate how likely and how bad each would be.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="risk-table">
            <thead>
              <tr>
                {COLUMNS.slice(0, 4).map(([key, label]) => header(key, label))}
                <th scope="col">Rating</th>
                {COLUMNS.slice(4).map(([key, label]) => header(key, label))}
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, risk]) => <RiskRow key={id} id={id} risk={risk} workstreams={workstreams} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
