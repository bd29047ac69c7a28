import { createRisk } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { RiskGrid } from './RiskGrid.tsx';
import { RiskTable } from './RiskTable.tsx';
import '../../styles/risks.css';

/** The risk register: the heat grid and the table, two live views of the same risks. */
export function RiskRegisterView() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);

  const addRisk = () => {
    const result = createRisk(session.doc, { title: '' }, session.origin);
    if (!result.ok) return;
    session.selectOnly(result.id);
    requestAnimationFrame(() => {
      document.querySelector<HTMLInputElement>(`[data-testid="risk-row"][data-entity-id="${result.id}"] input[name="title"]`)?.focus();
    });
  };

  return (
    <div className="register-view">
      <div className="toolbar" role="toolbar" aria-label="Risk tools">
        <button type="button" className="button button--primary" data-testid="add-risk" onClick={addRisk} disabled={readOnly}>
          <span aria-hidden="true">+</span> Add risk
        </button>
        {!readOnly && <span className="toolbar__hint">Drag a risk to another square, or focus it and use the arrow keys, to re-rate it</span>}
      </div>
      <div className="risk-layout">
        <RiskGrid />
        <RiskTable />
      </div>
    </div>
  );
}
