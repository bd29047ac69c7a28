import { useId, useState, type FormEvent } from 'react';
import { MAX_PROMPT_LENGTH, PLAN_QUESTIONS, startBrainstorm } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';

const OWN = 'own';

/** The facilitator's way in: pick a partnership-plan question, or write one, or none, and start collecting. */
export function StartBrainstorm() {
  const session = useBoardSession();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const [own, setOwn] = useState('');

  const start = (event: FormEvent) => {
    event.preventDefault();
    const prompt = choice === OWN ? own : PLAN_QUESTIONS.find((q) => String(q.section) === choice)?.question ?? '';
    startBrainstorm(session.doc, prompt, Date.now(), session.origin);
    setOpen(false);
  };

  return (
    <div className="brainstorm brainstorm--start">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        data-testid="brainstorm-open"
        onClick={() => setOpen(!open)}
      >
        Private brainstorm…
      </button>
      {open && (
        <form id={`${id}-form`} className="brainstorm__start" onSubmit={start}>
          <p className="brainstorm__hint">Everyone writes notes only they can see. You reveal them all at once.</p>
          <label htmlFor={`${id}-question`}>Question to think about</label>
          <select id={`${id}-question`} data-testid="brainstorm-question" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">No question</option>
            {PLAN_QUESTIONS.map((q) => <option key={q.section} value={String(q.section)}>{q.question}</option>)}
            <option value={OWN}>Your own question…</option>
          </select>
          {choice === OWN && (
            <>
              <label htmlFor={`${id}-own`}>Your question</label>
              <input
                id={`${id}-own`}
                data-testid="brainstorm-own-question"
                value={own}
                maxLength={MAX_PROMPT_LENGTH}
                onChange={(e) => setOwn(e.target.value)}
              />
            </>
          )}
          <button type="submit" className="button button--primary button--small" data-testid="brainstorm-start">Start brainstorm</button>
        </form>
      )}
    </div>
  );
}
