import { startThread } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { CommentBox } from './CommentBox.tsx';
import { currentAuthor } from './person.ts';
import { ThreadView } from './ThreadView.tsx';
import { useComments } from './use-comments.ts';
import '../styles/comments.css';

/** The side panel's comments on the selected card: open threads, resolved ones folded away, a box to start one. */
export function EntityComments({ entityId }: { entityId: string }) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const threads = useComments().byEntity.get(entityId) ?? [];
  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);
  const start = (text: string) => startThread(session.doc, { entity: entityId }, currentAuthor(), text, Date.now(), session.origin);

  return (
    <section className="side-panel__section comment-section" aria-labelledby="side-panel-comments" data-testid="entity-comments">
      <h3 id="side-panel-comments">Comments</h3>
      {threads.length === 0 && <p className="muted">No comments yet.</p>}
      {open.map((thread) => <ThreadView key={thread.id} thread={thread} />)}
      {resolved.length > 0 && (
        <details className="comment-section__resolved">
          <summary>{resolved.length} resolved {resolved.length === 1 ? 'thread' : 'threads'}</summary>
          {resolved.map((thread) => <ThreadView key={thread.id} thread={thread} />)}
        </details>
      )}
      {!readOnly && (
        <CommentBox label={open.length > 0 ? 'Start another thread' : 'Add a comment'} submitLabel="Comment" testId="comment-new" onSubmit={start} />
      )}
    </section>
  );
}
