import { useState } from 'react';
import { useBoardSession } from '../../board/board-context.ts';
import { useStore } from '../../lib/use-store.ts';
import { PlanLayoutStore } from './plan-layout-store.ts';
import { planSections } from './plan-layout.ts';
import { PLAN_QUESTIONS } from './plan-questions.ts';
import { PlanSection } from './PlanSection.tsx';
import '../../styles/risks.css';
import '../../styles/plan.css';

/** The partnership plan: the eight questions, each holding notes and references to cards on the board. */
export function PlanView() {
  const session = useBoardSession();
  const [layoutStore] = useState(() => new PlanLayoutStore(session.doc));
  const places = useStore(layoutStore);
  const plan = useStore(session.plan);
  const sections = planSections(places, plan);
  const placed = new Set(places.keys());

  return (
    <div className="plan-view">
      <p className="plan-view__intro muted">
        Answer each question together: add notes, and point to the stakeholders, workstreams and KPIs on the board.
      </p>
      <ol className="plan-sections">
        {PLAN_QUESTIONS.map((question) => (
          <PlanSection key={question.section} question={question} items={sections[question.section - 1]!} plan={plan} placed={placed} />
        ))}
      </ol>
    </div>
  );
}
