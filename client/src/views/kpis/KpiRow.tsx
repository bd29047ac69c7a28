import { KPI_KIND_LABELS, KPI_KINDS, updateEntity, type Kpi, type Plan } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { DataRow, DeleteCardButton } from '../DataRow.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { LockMark } from '../../locks/LockMark.tsx';
import { useCanEditEntity } from '../../locks/use-locks.ts';
import { NumberField, SelectField, TextField } from '../risks/InlineFields.tsx';
import { kpiStatusOn, withMilestoneTarget, type DatedMilestone } from './kpi-status.ts';

const KIND_OPTIONS = KPI_KINDS.map((kind) => [kind, KPI_KIND_LABELS[kind]] as const);

interface KpiRowProps {
  id: string;
  kpi: Kpi;
  plan: Plan;
  milestones: DatedMilestone[];
  today: string;
}

function Status({ status }: { status: ReturnType<typeof kpiStatusOn> }) {
  return <span className={`rag rag--${status.rag ?? 'none'}`} data-testid="kpi-status">{status.text}</span>;
}

export function KpiRow({ id, kpi, plan, milestones, today }: KpiRowProps) {
  const session = useBoardSession();
  const readOnly = !useCanEditEntity(session, id);
  const set = (patch: Partial<Kpi>) => updateEntity(session.doc, id, patch, session.origin);
  const name = kpi.name || 'untitled KPI';
  const unit = kpi.unit ? ` ${kpi.unit}` : '';

  return (
    <DataRow id={id} testId="kpi-row">
      <td><TextField label="KPI name" name="name" value={kpi.name} disabled={readOnly} onChange={(value) => set({ name: value })} /><CommentBadge entityId={id} inline /><LockMark entityId={id} inline /></td>
      <td><SelectField label={`Kind of ${name}`} value={kpi.kind} options={KIND_OPTIONS} disabled={readOnly} onChange={(kind) => set({ kind })} /></td>
      <td><TextField label={`Unit of ${name}`} value={kpi.unit} disabled={readOnly} onChange={(value) => set({ unit: value })} /></td>
      <td><TextField label={`Owner of ${name}`} value={kpi.owner} disabled={readOnly} onChange={(owner) => set({ owner })} /></td>
      <td><NumberField label={`Baseline of ${name}`} value={kpi.baseline} disabled={readOnly} onChange={(baseline) => set({ baseline })} /></td>
      <td><NumberField label={`Current value of ${name}`} name="current" value={kpi.current} disabled={readOnly} onChange={(current) => set({ current })} /></td>
      <td><Status status={kpiStatusOn(kpi, plan, today)} /></td>
      {milestones.map((m) => {
        const target = kpi.targets.find((t) => t.milestone === m.id)?.value ?? null;
        const status = kpiStatusOn(kpi, plan, m.due);
        return (
          <td key={m.id} className="kpi-table__milestone">
            <NumberField
              label={`Target for ${name} at ${m.title}`}
              value={target}
              disabled={readOnly}
              onChange={(value) => set({ targets: withMilestoneTarget(kpi, m.id, value) })}
            />
            {status.expected !== null && <span className="kpi-table__expected muted">Expected {status.expected}{unit}</span>}
            <Status status={status} />
          </td>
        );
      })}
      <td><NumberField label={`Final target of ${name}`} value={kpi.target} disabled={readOnly} onChange={(target) => set({ target })} /></td>
      <td>
        <DeleteCardButton id={id} name={name} disabled={readOnly} />
      </td>
    </DataRow>
  );
}
