import { memo, useMemo } from 'react';
import { QUADRANT_LABELS, STAKEHOLDER_TYPE, updateEntity, type Plan } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import type { BoardSession } from '../../board/board-session.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { fieldSpecs, type FieldSpec } from '../../side-panel/field-specs.ts';
import { FieldControl } from '../../side-panel/FieldControl.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { LockMark } from '../../locks/LockMark.tsx';
import { useLockedForMe } from '../../locks/use-locks.ts';
import { displayName, organisations, type StakeholderRow } from './stakeholder-facts.ts';
import './StakeholderRegister.css';

const COLUMNS = [
  'name', 'organisation', 'role', 'sector', 'power', 'interest', 'attitude', 'currentEngagement', 'desiredEngagement',
  'contactOwner',
];

/** The same stakeholders as an editable table; every cell writes straight to the board. */
export function StakeholderRegister({ rows, plan }: { rows: StakeholderRow[]; plan: Plan }) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const specs = useMemo(() => {
    const byName = new Map(fieldSpecs(STAKEHOLDER_TYPE).map((spec) => [spec.name, spec]));
    return COLUMNS.map((name) => byName.get(name)!);
  }, []);
  const choices = useOrganisationChoices(plan);
  const sorted = [...rows].sort((a, b) => a.stakeholder.name.localeCompare(b.stakeholder.name) || a.id.localeCompare(b.id));

  return (
    <section className="stakeholder-register" aria-labelledby="stakeholder-register-title">
      <h2 id="stakeholder-register-title">Stakeholder register</h2>
      {sorted.length === 0 ? (
        <p className="muted">No stakeholders to show.</p>
      ) : (
        <div className="stakeholder-register__scroll" tabIndex={0} role="region" aria-labelledby="stakeholder-register-title">
          <table data-testid="stakeholder-register">
            <thead>
              <tr>
                {specs.map((spec) => <th key={spec.name} scope="col">{spec.label}</th>)}
                <th scope="col">Quadrant</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <RegisterRow key={row.id} row={row} specs={specs} plan={choices} session={session} readOnly={readOnly} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  row: StakeholderRow;
  specs: FieldSpec[];
  plan: Plan;
  session: BoardSession;
  readOnly: boolean;
}

const RegisterRow = memo(function RegisterRow({ row, specs, plan, session, readOnly }: RowProps) {
  const { id, stakeholder } = row;
  const values = stakeholder as unknown as Record<string, unknown>;
  const name = displayName(stakeholder.name);
  const locked = useLockedForMe(session, id);
  const select = () => {
    const { nodes } = session.selection.getSnapshot();
    if (nodes.size !== 1 || !nodes.has(id)) session.selectOnly(id);
  };
  return (
    <tr data-testid="register-row" data-entity-id={id} onFocus={select}>
      {specs.map((spec) => {
        const cell = (
          <FieldControl
            spec={spec}
            value={values[spec.name]}
            plan={plan}
            id={`register-${id}-${spec.name}`}
            label={`${spec.label} of ${name}`}
            testId={`register-${spec.name}`}
            disabled={readOnly || locked}
            onChange={(value) => updateEntity(session.doc, id, { [spec.name]: value }, session.origin)}
          />
        );
        return spec.name === 'name' ? <th key={spec.name} scope="row">{cell}<CommentBadge entityId={id} inline /><LockMark entityId={id} inline /></th> : <td key={spec.name}>{cell}</td>;
      })}
      <td>{QUADRANT_LABELS[row.quadrant]}</td>
    </tr>
  );
}, (a, b) => a.row.stakeholder === b.row.stakeholder && a.row.organisation === b.row.organisation &&
  a.readOnly === b.readOnly && a.plan === b.plan);

/**
 * The organisation column's choices as a plan of just the organisations, whose identity changes only when an
 * organisation is added, removed or renamed, so dragging a stakeholder re-renders one row, not all.
 */
function useOrganisationChoices(plan: Plan): Plan {
  const list = organisations(plan);
  const key = list.map(({ id, organisation }) => `${id}\u0000${organisation.name}`).join('\u0001');
  return useMemo(() => ({ entities: new Map(list.map(({ id, organisation }) => [id, organisation])), links: new Map() }), [key]);
}
