import { deleteComment, reopenThread, reply, resolveThread, type CommentThread } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { CommentBox } from './CommentBox.tsx';
import { currentAuthor, personId } from './person.ts';
import { readableTime } from './readable-time.ts';

/** One thread: its comments in order, then (for people who can edit) a reply box and resolve or reopen. */
export function ThreadView({ thread }: { thread: CommentThread }) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const me = personId();
  const { doc, origin } = session;
  const state = thread.resolved ? 'resolved' : 'open';

  return (
    <article className={`comment-thread comment-thread--${state}`} data-testid="comment-thread" data-thread-id={thread.id} data-state={state}>
      <ol className="comment-thread__list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-testid="comment">
            <p className="comment__meta">
              <span className="comment__author" style={{ borderColor: comment.color }}>{comment.author}</span>
              <time dateTime={comment.createdAt}>{readableTime(comment.createdAt)}</time>
            </p>
            <p className="comment__text" data-testid="comment-text">{comment.text}</p>
            {!readOnly && comment.authorId === me && (
              <button type="button" className="comment__delete" onClick={() => deleteComment(doc, thread.id, comment.id, me, origin)}>
                Delete<span className="visually-hidden"> your comment “{comment.text.slice(0, 40)}”</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {thread.resolved && (
        <p className="comment-thread__resolved" data-testid="thread-resolved">
          Resolved by {thread.resolved.by}, {readableTime(thread.resolved.at)}
        </p>
      )}
      {!readOnly && !thread.resolved && (
        <CommentBox label="Reply" submitLabel="Reply" testId="comment-reply" onSubmit={(text) => reply(doc, thread.id, currentAuthor(), text, Date.now(), origin)} />
      )}
      {!readOnly && (
        <button
          type="button"
          className="button button--small comment-thread__toggle"
          data-testid={thread.resolved ? 'thread-reopen' : 'thread-resolve'}
          onClick={() => (thread.resolved ? reopenThread(doc, thread.id, origin) : resolveThread(doc, thread.id, currentAuthor(), Date.now(), origin))}
        >
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      )}
    </article>
  );
}
