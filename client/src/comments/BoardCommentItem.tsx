import { useState } from 'react';
import { latestActivity, type CommentThread } from '@roundtable/shared';
import { readableTime } from './readable-time.ts';
import { ThreadView } from './ThreadView.tsx';

interface Props {
  thread: CommentThread;
  where: string;
  /** The card it was on is gone: the thread opens here, since there is no card to go to. */
  orphan: boolean;
  onGo(thread: CommentThread): void;
}

/** One thread in the board's list: where it is, how it starts, who wrote it and when. */
export function BoardCommentItem({ thread, where, orphan, onGo }: Props) {
  const [expanded, setExpanded] = useState(false);
  const first = thread.comments[0]!;
  const replies = thread.comments.length - 1;
  return (
    <li>
      <button
        type="button"
        className="comments-menu__item"
        data-testid="board-comment-item"
        data-state={thread.resolved ? 'resolved' : 'open'}
        aria-expanded={orphan ? expanded : undefined}
        onClick={() => (orphan ? setExpanded(!expanded) : onGo(thread))}
      >
        <span className="comments-menu__where">{where}</span>
        <span className="comments-menu__text">“{first.text.length > 90 ? `${first.text.slice(0, 90)}…` : first.text}”</span>
        <span className="comments-menu__meta">
          {first.author} · {readableTime(latestActivity(thread))}
          {replies > 0 && ` · ${replies} ${replies === 1 ? 'reply' : 'replies'}`}
          {thread.resolved && <strong> · Resolved</strong>}
        </span>
      </button>
      {orphan && expanded && <ThreadView thread={thread} />}
    </li>
  );
}
