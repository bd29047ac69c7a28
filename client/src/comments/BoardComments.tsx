import { useRef, useState } from 'react';
import { NOTE_TYPE, type CommentThread } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import { useStore } from '../lib/use-store.ts';
import { anchorLabel, listedThreads } from './anchor-label.ts';
import { BoardCommentItem } from './BoardCommentItem.tsx';
import { useCommentsUi } from './use-comments.ts';
import '../styles/comments.css';
import '../styles/comment-places.css';

/** Every thread on the board, from the header: newest first, resolved ones on request; a click goes to it. */
export function BoardComments() {
  const session = useBoardSession();
  const ui = useCommentsUi();
  const { threads } = useStore(ui.store);
  const plan = useStore(session.plan);
  const [showResolved, setShowResolved] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const openThreads = threads.filter((thread) => !thread.resolved).length;
  const listed = listedThreads(threads, showResolved);

  const go = (thread: CommentThread) => {
    menu.current?.removeAttribute('open');
    const { anchor } = thread;
    if ('entity' in anchor) {
      if (plan.entities.get(anchor.entity)?.type === NOTE_TYPE) session.view.show(CANVAS_VIEW);
      session.selectOnly(anchor.entity);
      return;
    }
    session.view.show(anchor.view);
    ui.spot.set({ kind: 'open', threadId: thread.id, reveal: true });
  };

  return (
    <details ref={menu} className="comments-menu" data-testid="board-comments" onKeyDown={(e) => e.key === 'Escape' && menu.current?.removeAttribute('open')}>
      <summary className="button button--small" data-testid="board-comments-toggle">
        Comments{openThreads > 0 && <span className="comments-menu__count"> ({openThreads} open)</span>}
      </summary>
      <div className="comments-menu__panel" role="group" aria-labelledby="comments-menu-title">
        <h2 id="comments-menu-title" className="comments-menu__title">Comments on this board</h2>
        <label className="comments-menu__filter">
          <input type="checkbox" checked={showResolved} data-testid="board-comments-show-resolved" onChange={(e) => setShowResolved(e.target.checked)} />
          Show resolved
        </label>
        {listed.length === 0 ? (
          <p className="muted">{showResolved ? 'No comments on this board yet.' : 'No open comments.'}</p>
        ) : (
          <ul className="comments-menu__list">
            {listed.map((thread) => (
              <BoardCommentItem
                key={thread.id}
                thread={thread}
                where={anchorLabel(thread.anchor, plan)}
                orphan={'entity' in thread.anchor && !plan.entities.has(thread.anchor.entity)}
                onGo={go}
              />
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
