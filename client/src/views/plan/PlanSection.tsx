import type { Plan } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { AddReference } from './AddReference.tsx';
import { PlanItemRow } from './PlanItemRow.tsx';
import { addPlanNote, type PlanItem } from './plan-layout.ts';
import type { PlanQuestion } from './plan-questions.ts';

interface PlanSectionProps {
  question: PlanQuestion;
  items: readonly PlanItem[];
  plan: Plan;
  placed: ReadonlySet<string>;
}

export function PlanSection({ question, items, plan, placed }: PlanSectionProps) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const n = question.section;
  const headingId = `plan-question-${n}`;

  const addNote = () => {
    const id = addPlanNote(session.doc, n, '', session.origin);
    if (!id) return;
    session.selectOnly(id);
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`[data-testid="plan-item"][data-entity-id="${id}"] textarea`)?.focus());
  };

  return (
    <li className="plan-section" data-testid={`plan-section-${n}`} aria-labelledby={headingId}>
      <h2 className="plan-section__question" id={headingId}>
        <span className="plan-section__number">{n}.</span> {question.question}
      </h2>
      <p className="plan-section__help muted">{question.help}</p>
      {items.length > 0 && (
        <ul className="plan-items">
          {items.map((item, index) => (
            <PlanItemRow key={item.id} item={item} plan={plan} section={n} first={n === 1 && index === 0} last={n === 8 && index === items.length - 1} />
          ))}
        </ul>
      )}
      <div className="plan-section__actions">
        <button type="button" className="button button--small" data-testid={`plan-add-note-${n}`} onClick={addNote} disabled={readOnly}>
          <span aria-hidden="true">+</span> Add note
        </button>
        <AddReference question={question} plan={plan} placed={placed} disabled={readOnly} />
      </div>
    </li>
  );
}
