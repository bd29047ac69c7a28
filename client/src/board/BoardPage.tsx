import { Suspense, useEffect, useState } from 'react';
import { useStore } from '../lib/use-store.ts';
import { viewById } from '../views/view-registry.ts';
import { ViewTabs } from '../views/ViewTabs.tsx';
import { SidePanel } from '../side-panel/SidePanel.tsx';
import { BoardContext } from './board-context.ts';
import { BoardHeader } from './BoardHeader.tsx';
import { BoardSession } from './board-session.ts';
import { exposeForTests } from './debug-hook.ts';
import { browserColor, saveName, storedName } from './identity.ts';
import { NameDialog } from './NameDialog.tsx';
import { ProblemBanner } from './ProblemBanner.tsx';
import { useBoardInfo } from './use-board-info.ts';
import { useBoardKeys } from './use-board-keys.ts';
import '@xyflow/react/dist/style.css';
import '../styles/board.css';

/** One open board. The session (Y.Doc, IndexedDB, websocket) lives exactly as long as this page. */
export function BoardPage({ boardId }: { boardId: string }) {
  const [session, setSession] = useState<BoardSession | null>(null);
  const [needsName, setNeedsName] = useState(() => storedName() === null);
  const info = useBoardInfo(boardId);

  useEffect(() => {
    const next = new BoardSession(boardId);
    const name = storedName();
    if (name) next.presence.setUser({ name, color: browserColor() });
    const unexpose = exposeForTests(next.doc, next.connection.provider);
    setSession(next);
    return () => {
      unexpose();
      next.destroy();
    };
  }, [boardId]);

  useEffect(() => {
    document.title = info.board ? `${info.board.title} — Roundtable` : 'Roundtable';
  }, [info.board]);

  if (!session || session.connection.boardId !== boardId) return null;

  const saveUserName = (name: string) => {
    session.presence.setUser({ name: saveName(name), color: browserColor() });
    setNeedsName(false);
  };

  return (
    <BoardContext.Provider value={session}>
      <BoardKeys session={session} />
      <div className="board-page">
        <BoardHeader session={session} title={info.board?.title ?? (info.missing ? 'Board not found' : null)} />
        <ProblemBanner problem={session.connection.problem} catalogError={info.error} />
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
