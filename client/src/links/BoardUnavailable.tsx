import { Link } from '../Link.tsx';
import type { BoardOpening } from './open-board.ts';

const MESSAGES: Record<Exclude<BoardOpening['kind'], 'ready'>, { heading: string; text: string }> = {
  'no-link': {
    heading: 'You need a link to open this board',
    text: 'Boards open from the links their facilitator shares. Ask the facilitator for your link and open it on this device.',
  },
  'link-refused': {
    heading: 'This link no longer opens the board',
    text: 'The facilitator has replaced it. Ask them for the new link.',
  },
  missing: { heading: 'This board no longer exists', text: 'It may have been deleted by its facilitator.' },
  error: { heading: 'The board could not be opened', text: '' },
};

/** Why a board address cannot be opened here, in plain words, with a way on. */
export function BoardUnavailable({ opening }: { opening: Exclude<BoardOpening, { kind: 'ready' }> }) {
  const { heading, text } = MESSAGES[opening.kind];
  return (
    <main className="not-found" data-testid="board-unavailable">
      <h1>{heading}</h1>
      <p>{opening.kind === 'error' ? opening.message : text}</p>
      {opening.kind === 'error' && (
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </p>
      )}
      <Link href="/">Go to your boards</Link>
    </main>
  );
}
