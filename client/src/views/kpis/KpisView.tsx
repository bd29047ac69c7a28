import { createKpi, type KpiKind } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { useStore } from '../../lib/use-store.ts';
import { datedMilestones, kpisOfKind, todayIso } from './kpi-status.ts';
import { KpiTable } from './KpiTable.tsx';
import '../../styles/risks.css';
import '../../styles/kpis.css';

const SECTIONS: { kind: KpiKind; title: string; help: string }[] = [
  { kind: 'lagging', title: 'Lagging indicators', help: 'The outcomes: they show whether the change worked, but move late.' },
  { kind: 'leading', title: 'Leading indicators', help: 'Early signs: they move first and warn us in time to act.' },
];

/** KPIs in pairs of kinds, each with baseline, targets at milestones, current value and status in words. */
export function KpisView() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const plan = useStore(session.plan);
  const milestones = datedMilestones(plan);
  const today = todayIso();

  const addKpi = (kind: KpiKind) => {
    const result = createKpi(session.doc, { kind }, session.origin);
    if (!result.ok) return;
    session.selectOnly(result.id);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-testid="kpi-row"][data-entity-id="${result.id}"] input[name="name"]`)?.focus());
  };

  return (
    <div className="register-view">
      <div className="toolbar" role="toolbar" aria-label="KPI tools">
        <button type="button" className="button button--primary" data-testid="add-kpi" onClick={() => addKpi('lagging')} disabled={readOnly}>
          <span aria-hidden="true">+</span> Add KPI
        </button>
        <button type="button" className="button" data-testid="add-kpi-leading" onClick={() => addKpi('leading')} disabled={readOnly}>
          <span aria-hidden="true">+</span> Add leading KPI
        </button>
        {milestones.length === 0 && <span className="toolbar__hint">Give milestones due dates to set targets at them</span>}
      </div>
      <div className="kpi-sections" data-testid="kpi-table">
        {SECTIONS.map((section) => (
          <section key={section.kind} className="kpi-section" aria-labelledby={`kpi-${section.kind}`}>
            <h2 id={`kpi-${section.kind}`} className="risk-heading">{section.title}</h2>
            <p className="muted kpi-section__help">{section.help}</p>
            <KpiTable kind={section.kind} rows={kpisOfKind(plan, section.kind)} plan={plan} milestones={milestones} today={today} />
          </section>
        ))}
      </div>
    </div>
  );
}
