import { useState } from 'react';
import { ENTITY_DEFINITIONS, entityName, type EntityType, type Plan } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { addToPlan } from './plan-layout.ts';
import type { PlanQuestion } from './plan-questions.ts';

interface AddReferenceProps {
  question: PlanQuestion;
  plan: Plan;
  placed: ReadonlySet<string>;
  disabled: boolean;
}

const PLURALS: Partial<Record<EntityType, string>> = { stakeholder: 'stakeholders', organisation: 'organisations', workstream: 'workstreams', kpi: 'KPIs' };

/** Picks a card of a kind this question can refer to (one not in the plan yet) and places it in the section. */
export function AddReference({ question, plan, placed, disabled }: AddReferenceProps) {
  const session = useBoardSession();
  const [chosen, setChosen] = useState('');
  const n = question.section;
  const candidates = [...plan.entities]
    .filter(([id, entity]) => question.referenceTypes.includes(entity.type) && !placed.has(id))
    .map(([id, entity]) => ({ id, label: `${entityName(entity) || 'Untitled'} (${ENTITY_DEFINITIONS[entity.type].label})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const kinds = question.referenceTypes.map((type) => PLURALS[type] ?? type).join(', ');
  const valid = candidates.some((c) => c.id === chosen);

  const add = () => {
    if (!valid) return;
    addToPlan(session.doc, chosen, n, session.origin);
    setChosen('');
  };

  return (
    <span className="plan-reference">
      <select
        aria-label={`Card to refer to under question ${n} (${kinds})`}
        className="inline-field"
        data-testid={`plan-reference-choice-${n}`}
        value={valid ? chosen : ''}
        disabled={disabled || candidates.length === 0}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">{candidates.length === 0 ? `No ${kinds} to add` : `Choose from ${kinds}…`}</option>
        {candidates.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
      </select>
      <button type="button" className="button button--small" data-testid={`plan-add-reference-${n}`} disabled={disabled || !valid} onClick={add}>
        Add reference
      </button>
    </span>
  );
}
