import { MAX_TEXT_LENGTH, RISK_STATUS_LABELS, RISK_STATUSES, riskRag, riskScore, updateEntity, type Risk } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { DataRow, DeleteCardButton } from '../DataRow.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { LockMark } from '../../locks/LockMark.tsx';
import { useCanEditEntity } from '../../locks/use-locks.ts';
import { NumberSelect, SelectField, TextField } from './InlineFields.tsx';
import { bandLabel, RATINGS } from './risk-grid.ts';

const STATUS_OPTIONS = RISK_STATUSES.map((status) => [status, RISK_STATUS_LABELS[status]] as const);
const RATING_OPTIONS = RATINGS.map((n) => [String(n), String(n)] as const);

interface RiskRowProps {
  id: string;
  risk: Risk;
  workstreams: readonly (readonly [string, string])[];
}

export function RiskRow({ id, risk, workstreams }: RiskRowProps) {
  const session = useBoardSession();
  const readOnly = !useCanEditEntity(session, id);
  const set = (patch: Partial<Risk>) => updateEntity(session.doc, id, patch, session.origin);
  const name = risk.title || 'untitled risk';
  const score = riskScore(risk);
  const workstreamOptions = [['', 'None'] as const, ...workstreams];
  if (risk.workstream && !workstreams.some(([wid]) => wid === risk.workstream)) workstreamOptions.push([risk.workstream, 'Deleted workstream']);

  return (
    <DataRow id={id} testId="risk-row">
      <td><TextField label="Risk title" name="title" value={risk.title} disabled={readOnly} onChange={(title) => set({ title })} /><CommentBadge entityId={id} inline /><LockMark entityId={id} inline /></td>
      <td><NumberSelect label={`Likelihood of ${name}`} value={risk.likelihood} options={RATING_OPTIONS} disabled={readOnly} onChange={(likelihood) => set({ likelihood })} /></td>
      <td><NumberSelect label={`Impact of ${name}`} value={risk.impact} options={RATING_OPTIONS} disabled={readOnly} onChange={(impact) => set({ impact })} /></td>
      <td className="data-table__number" data-testid="risk-score">{score}</td>
      <td><span className={`rag rag--${riskRag(score)}`}>{bandLabel(score)}</span></td>
      <td><TextField label={`Owner of ${name}`} value={risk.owner} disabled={readOnly} onChange={(owner) => set({ owner })} /></td>
      <td><TextField multiline label={`Mitigation of ${name}`} value={risk.mitigation} maxLength={MAX_TEXT_LENGTH} disabled={readOnly} onChange={(mitigation) => set({ mitigation })} /></td>
      <td><SelectField label={`Status of ${name}`} value={risk.status} options={STATUS_OPTIONS} disabled={readOnly} onChange={(status) => set({ status })} /></td>
      <td>
        <SelectField
          label={`Workstream of ${name}`}
          value={risk.workstream ?? ''}
          options={workstreamOptions}
          disabled={readOnly}
          onChange={(workstream) => set({ workstream: workstream || null })}
        />
      </td>
      <td>
        <DeleteCardButton id={id} name={name} disabled={readOnly} />
      </td>
    </DataRow>
  );
}
