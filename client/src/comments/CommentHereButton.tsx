import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { IDLE } from './comments-ui.ts';
import { useCommentsUi } from './use-comments.ts';

/** Starts placing a comment on a spot of the canvas (the next click there); pressed again, it gives up. */
export function CommentHereButton() {
  const readOnly = useReadOnly(useBoardSession());
  const ui = useCommentsUi();
  const placing = useStore(ui.spot).kind === 'placing';
  if (readOnly) return null;
  return (
    <button type="button" className="button" data-testid="comment-here" aria-pressed={placing} onClick={() => ui.spot.set(placing ? IDLE : { kind: 'placing' })}>
      {placing ? 'Cancel comment' : 'Comment here'}
    </button>
  );
}
