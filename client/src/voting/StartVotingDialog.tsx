import { useMemo, useState, type FormEvent } from 'react';
import { ENTITY_DEFINITIONS, MAX_VOTES_EACH, type Plan } from '@roundtable/shared';
import { errorMessage, startVoting } from '../api.ts';
import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { DialogBackdrop } from '../lib/DialogBackdrop.tsx';

/** Which cards a round is on: the ones selected now, or every card of one type. */
function choices(plan: Plan, selected: ReadonlySet<string>): { key: string; label: string; cards: string[] }[] {
  const options: { key: string; label: string; cards: string[] }[] = [];
  const chosen = [...selected].filter((id) => plan.entities.has(id));
  if (chosen.length > 0) options.push({ key: 'selected', label: `The ${chosen.length} selected card${chosen.length === 1 ? '' : 's'}`, cards: chosen });
  const byType = new Map<string, string[]>();
  for (const [id, entity] of plan.entities) byType.set(entity.type, [...(byType.get(entity.type) ?? []), id]);
  for (const [type, cards] of byType) {
    const label = ENTITY_DEFINITIONS[type as keyof typeof ENTITY_DEFINITIONS]?.label ?? type;
    options.push({ key: type, label: `Every ${label.toLowerCase()} (${cards.length})`, cards });
  }
  return options;
}

/**
 * The facilitator opens a round: what to ask, which cards, how many votes each person has. Once started it stays
 * open until the round reaches this screen, where the voting panel takes its place.
 */
export function StartVotingDialog({ onClose }: { onClose(): void }) {
  const session = useBoardSession();
  const plan = useStore(session.plan);
  const selection = useStore(session.selection);
  const options = useMemo(() => choices(plan, selection.nodes), [plan, selection.nodes]);
  const [title, setTitle] = useState('');
  const [choice, setChoice] = useState(() => options.find((o) => o.key === 'risk')?.key ?? options[0]?.key ?? '');
  const [votesEach, setVotesEach] = useState(3);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const cards = options.find((o) => o.key === choice)?.cards ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStarting(true);
    try {
      await startVoting(session.boardId, session.token, { title: title.trim(), cards, votesEach });
    } catch (error) {
      setProblem(errorMessage(error));
      setStarting(false);
    }
  };

  return (
    <DialogBackdrop onClose={onClose}>
      <form className="dialog dialog--wide" role="dialog" aria-modal="true" aria-labelledby="start-voting-title" data-testid="start-voting-dialog" onSubmit={(e) => void submit(e)}>
        <h2 id="start-voting-title">Start dot voting</h2>
        <p>Everyone with an editor or facilitator link gets the same number of votes to spread over the cards. Nobody sees anyone's votes until you reveal the totals.</p>
        <label htmlFor="voting-question">Question</label>
        <input id="voting-question" data-testid="voting-question" value={title} maxLength={200} placeholder="For example: Which risks should we tackle first?" onChange={(e) => setTitle(e.target.value)} />
        <fieldset className="voting__choices">
          <legend>Cards to vote on</legend>
          {options.length === 0 && <p>There are no cards on the board yet.</p>}
          {options.map((option) => (
            <label key={option.key} className="voting__choice">
              <input type="radio" name="voting-cards" value={option.key} data-testid={`voting-cards-${option.key}`} checked={choice === option.key} onChange={() => setChoice(option.key)} />
              {option.label}
            </label>
          ))}
        </fieldset>
        <label htmlFor="voting-votes-each">Votes for each person</label>
        <input id="voting-votes-each" data-testid="voting-votes-each" type="number" min={1} max={MAX_VOTES_EACH} value={votesEach} onChange={(e) => setVotesEach(Math.min(MAX_VOTES_EACH, Math.max(1, Math.round(Number(e.target.value) || 1))))} />
        {problem && <p role="alert">{problem}</p>}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" data-testid="voting-start" disabled={cards.length === 0 || starting}>{starting ? 'Starting…' : 'Start voting'}</button>
        </div>
      </form>
    </DialogBackdrop>
  );
}
