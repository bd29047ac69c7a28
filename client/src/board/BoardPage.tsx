import { Suspense, useEffect, useState } from 'react';
import { useStore } from '../lib/use-store.ts';
import { viewById } from '../views/view-registry.ts';
import { ViewTabs } from '../views/ViewTabs.tsx';
import { SidePanel } from '../side-panel/SidePanel.tsx';
import type { BoardView } from '../api.ts';
import { forgetToken } from '../links/held-boards.ts';
import { BoardUnavailable } from '../links/BoardUnavailable.tsx';
import { useBoardOpening } from '../links/use-board-opening.ts';
import { BoardContext } from './board-context.ts';
import { BoardHeader } from './BoardHeader.tsx';
import { BoardSession } from './board-session.ts';
import { exposeForTests } from './debug-hook.ts';
import { browserColor, saveName, storedName } from './identity.ts';
import { NameDialog } from './NameDialog.tsx';
import { ProblemBanner } from './ProblemBanner.tsx';
import { FollowBanner } from '../facilitation/FollowBanner.tsx';
import { useBoardKeys } from './use-board-keys.ts';
import '@xyflow/react/dist/style.css';
import '../styles/board.css';

/** One board address: first works out which link to open it with, then opens it (or says why it cannot). */
export function BoardPage({ boardId }: { boardId: string }) {
  const opening = useBoardOpening(boardId);
  if (opening === null) return <p className="loading">Opening the board…</p>;
  if (opening.kind !== 'ready') return <BoardUnavailable opening={opening} />;
  return <OpenBoard boardId={boardId} token={opening.token} board={opening.board} role={opening.role} />;
}

interface OpenBoardProps {
  boardId: string;
  token: string;
  role: BoardView['role'];
  /** The catalog entry, or null when the server could not be reached (the board opens from this device). */
  board: BoardView | null;
}

/** One open board. The session (Y.Doc, IndexedDB, websocket) lives exactly as long as this page. */
function OpenBoard({ boardId, token, role, board }: OpenBoardProps) {
  const [session, setSession] = useState<BoardSession | null>(null);
  const [needsName, setNeedsName] = useState(() => storedName() === null);
  const mode = board?.mode ?? 'open';

  useEffect(() => {
    const next = new BoardSession(boardId, token, { role, mode });
    const name = storedName();
    if (name) next.presence.setUser({ name, color: browserColor() });
    const unexpose = exposeForTests(next.doc, next.connection.provider);
    // A replaced link is of no use again: the home page should not offer it.
    const unwatch = next.connection.problem.subscribe(() => {
      if (next.connection.problem.getSnapshot()?.kind === 'link-replaced') forgetToken(boardId, role);
    });
    setSession(next);
    return () => {
      unwatch();
      unexpose();
      next.destroy();
    };
  }, [boardId, token, role, mode]);

  useEffect(() => {
    document.title = board ? `${board.title} — Roundtable` : 'Roundtable';
  }, [board]);

  if (!session || session.connection.boardId !== boardId) return null;

  const saveUserName = (name: string) => {
    session.presence.setUser({ name: saveName(name), color: browserColor() });
    setNeedsName(false);
  };

  return (
    <BoardContext.Provider value={session}>
      <BoardKeys session={session} />
      <div className="board-page">
        <BoardHeader session={session} title={board?.title ?? null} />
        <ProblemBanner problem={session.connection.problem} catalogError={board ? null : 'Working offline: changes are kept on this device until the server can be reached.'} />
        <FollowBanner />
        <ViewTabs />
        <div className="board-body">
          <ActiveView session={session} />
          <SidePanel />
        </div>
      </div>
      {needsName && <NameDialog onSave={saveUserName} />}
    </BoardContext.Provider>
  );
}

function ActiveView({ session }: { session: BoardSession }) {
  const view = viewById(useStore(session.view));
  return (
    <div className="board-view" id="board-view" role="tabpanel" aria-labelledby={`view-tab-${view.id}`}>
      <Suspense fallback={<p className="loading">Opening {view.label.toLowerCase()}…</p>}>
        <view.Component />
      </Suspense>
    </div>
  );
}

function BoardKeys({ session }: { session: BoardSession }) {
  useBoardKeys(session);
  return null;
}
