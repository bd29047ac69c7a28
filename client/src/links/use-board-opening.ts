import { useEffect, useState } from 'react';
import { openBoard, type BoardOpening } from './open-board.ts';
import { tokenFromHash } from './link-token.ts';

/**
 * Works out how to open a board (see openBoard); null while asking the server. A link pasted into the address
 * bar of this same board only changes the `#` part, which reloads nothing, so that is watched for too.
 */
export function useBoardOpening(boardId: string): BoardOpening | null {
  // Read without side effects: the address is cleaned only after the token is safely remembered.
  const [linkToken, setLinkToken] = useState(() => tokenFromHash(window.location.hash));
  const [opening, setOpening] = useState<BoardOpening | null>(null);

  useEffect(() => {
    const onHashChange = () => {
      const token = tokenFromHash(window.location.hash);
      if (token) setLinkToken(token);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    let live = true;
    setOpening(null);
    void openBoard(boardId, linkToken).then((result) => {
      if (linkToken && window.location.hash) {
        window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      }
      if (live) setOpening(result);
    });
    return () => {
      live = false;
    };
  }, [boardId, linkToken]);
  return opening;
}
