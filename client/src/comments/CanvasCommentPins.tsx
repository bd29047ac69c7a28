import { useEffect } from 'react';
import { Panel, useReactFlow, useStore as useFlowStore, ViewportPortal } from '@xyflow/react';
import { startThread } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import { prefersReducedMotion } from '../lib/reduced-motion.ts';
import { useStore } from '../lib/use-store.ts';
import { CommentBox } from './CommentBox.tsx';
import { countLabel, IDLE } from './comments-ui.ts';
import { currentAuthor } from './person.ts';
import { PlacingLayer } from './PlacingLayer.tsx';
import { ThreadView } from './ThreadView.tsx';
import { useCommentsUi } from './use-comments.ts';
import '../styles/comments.css';
import '../styles/comment-places.css';

const zoomSelector = (state: { transform: [number, number, number] }) => state.transform[2];

/**
 * Comments pinned to spots on the canvas: a pin per open thread (kept the same size on screen at any zoom),
 * the click that places a new one, and the open thread or new comment in a panel at the top left.
 */
export function CanvasCommentPins() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const ui = useCommentsUi();
  const { threads } = useStore(ui.store);
  const stored = useStore(ui.spot);
  // Someone who may no longer edit (a viewer, a locked board) keeps open threads but loses a half-made one.
  const spot = readOnly && (stored.kind === 'placing' || stored.kind === 'draft') ? IDLE : stored;
  const zoom = useFlowStore(zoomSelector);
  const { setCenter } = useReactFlow();
  const openId = spot.kind === 'open' ? spot.threadId : null;
  const pinned = threads.filter((t) => 'view' in t.anchor && t.anchor.view === CANVAS_VIEW && (!t.resolved || t.id === openId));
  const open = pinned.find((t) => t.id === openId);
  const close = () => ui.spot.set(IDLE);

  const reveal = spot.kind === 'open' && spot.reveal && open && 'view' in open.anchor ? open.anchor : null;
  useEffect(() => {
    if (!reveal) return;
    void setCenter(reveal.x, reveal.y, { zoom: Math.max(zoom, 1), duration: prefersReducedMotion() ? 0 : 300 });
    ui.spot.set({ kind: 'open', threadId: openId!, reveal: false });
  }, [reveal, setCenter, zoom, ui.spot, openId]);

  const post = (x: number, y: number) => (text: string) => {
    const result = startThread(session.doc, { view: CANVAS_VIEW, x, y }, currentAuthor(), text, Date.now(), session.origin);
    if (result.ok) ui.spot.set({ kind: 'open', threadId: result.id, reveal: false });
    return result;
  };

  return (
    <>
      <ViewportPortal>
        {pinned.map((thread) => {
          const { x, y } = thread.anchor as { x: number; y: number };
          const first = thread.comments[0]!;
          return (
            <button
              key={thread.id}
              type="button"
              className={`comment-pin nopan nodrag${thread.id === openId ? ' comment-pin--open' : ''}`}
              data-testid="comment-pin"
              data-thread-id={thread.id}
              style={{ transform: `translate(${x}px, ${y}px) scale(${1 / zoom}) translateY(-100%)` }}
              aria-expanded={thread.id === openId}
              aria-label={`${countLabel(thread.comments.length)} from ${first.author}: ${first.text.slice(0, 60)}`}
              onClick={() => ui.spot.set(thread.id === openId ? IDLE : { kind: 'open', threadId: thread.id, reveal: false })}
            >
              <span aria-hidden="true">{thread.comments.length}</span>
            </button>
          );
        })}
        {spot.kind === 'draft' && (
          <span className="comment-pin comment-pin--draft" aria-hidden="true" style={{ transform: `translate(${spot.x}px, ${spot.y}px) scale(${1 / zoom}) translateY(-100%)` }} />
        )}
      </ViewportPortal>
      {spot.kind === 'placing' && <PlacingLayer onPlace={(x, y) => ui.spot.set({ kind: 'draft', x, y })} onCancel={close} />}
      {(spot.kind === 'draft' || open) && (
        <Panel
          position="top-left"
          className="comment-popover"
          data-testid="comment-popover"
          role="group"
          aria-labelledby="comment-popover-title"
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <h2 id="comment-popover-title" className="comment-popover__title">{spot.kind === 'draft' ? 'New comment on the canvas' : 'Comment on the canvas'}</h2>
          {spot.kind === 'draft' ? (
            <CommentBox label="Comment on this spot" submitLabel="Comment" testId="comment-spot" autoFocus onSubmit={post(spot.x, spot.y)} onCancel={close} />
          ) : (
            open && <ThreadView thread={open} />
          )}
          <button type="button" className="button button--small comment-popover__close" onClick={close}>Close</button>
        </Panel>
      )}
    </>
  );
}
