import { Link } from '../Link.tsx';
import { useStore } from '../lib/use-store.ts';
import { Avatars } from './Avatars.tsx';
import type { BoardSession } from './board-session.ts';
import { SaveStatusBadge } from './SaveStatusBadge.tsx';
import { ExportMenu } from '../transfer/ExportMenu.tsx';
import { TimerBar } from '../timer/TimerBar.tsx';

/** `catalogTitle` shows until the document arrives; after that the title follows renames live. */
export function BoardHeader({ session, title: catalogTitle }: { session: BoardSession; title: string | null }) {
  const title = useStore(session.title) ?? catalogTitle;
  return (
    <header className="board-header">
      <Link href="/" className="board-header__home">
        <span aria-hidden="true">←</span> All boards
      </Link>
      <h1 className="board-header__title">{title ?? '…'}</h1>
      <div className="board-header__status">
        <TimerBar />
        <ExportMenu title={title ?? 'board'} />
        <SaveStatusBadge status={session.connection.saveStatus} />
        <Avatars presence={session.presence} />
      </div>
    </header>
  );
}
