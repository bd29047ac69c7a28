import { useBoardSession } from '../board/board-context.ts';
import { fullDate, timeAgo } from '../home/format-time.ts';
import { useStore } from '../lib/use-store.ts';
import { activitySentence } from './activity-text.ts';
import { useActivity } from './use-activity.ts';

/** Who changed what on the board, newest first; a card that is still there can be opened from its line. */
export function ActivityFeed({ onClose }: { onClose(): void }) {
  const session = useBoardSession();
  const plan = useStore(session.plan);
  const { entries, problem } = useActivity(session);

  const open = (id: string) => {
    session.selectOnly(id);
    onClose();
  };

  if (problem) return <p role="alert" className="activity__problem">{problem}</p>;
  if (entries === null) return <p>Loading activity…</p>;
  if (entries.length === 0) return <p data-testid="activity-empty">Nobody has changed the board yet.</p>;
  return (
    <>
      <p className="activity__intro">Who added, changed or removed which card, newest first. Choose a card that is still on the board to open it.</p>
      <ol className="activity__list" data-testid="activity-list">
        {entries.map((entry, index) => {
          const sentence = activitySentence(entry);
          const when = (
            <time className="activity__time" dateTime={entry.at} title={fullDate(entry.at)}>
              {timeAgo(entry.at)}
            </time>
          );
          return (
            <li key={`${entry.at}-${entry.entity.id}-${index}`} className="activity__item" data-testid="activity-item">
              {plan.entities.has(entry.entity.id) ? (
                <button type="button" className="activity__open" data-testid="activity-open" onClick={() => open(entry.entity.id)}>
                  <span>{sentence}</span>
                  {when}
                  <span className="activity__go" aria-hidden="true">
                    ›
                  </span>
                </button>
              ) : (
                <div className="activity__gone">
                  <span>{sentence}</span>
                  {when}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
