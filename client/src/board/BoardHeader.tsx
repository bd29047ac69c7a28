import { Link } from '../Link.tsx';
import { useStore } from '../lib/use-store.ts';
import { Avatars } from './Avatars.tsx';
import type { BoardSession } from './board-session.ts';
import { SaveStatusBadge } from './SaveStatusBadge.tsx';
import { ExportMenu } from '../transfer/ExportMenu.tsx';
import { TimerBar } from '../timer/TimerBar.tsx';
import { BrainstormBadge } from '../brainstorm/BrainstormBadge.tsx';
import { BoardComments } from '../comments/BoardComments.tsx';
import { FacilitateMenu } from '../facilitation/FacilitateMenu.tsx';
import { ScreenOptions } from '../facilitation/ScreenOptions.tsx';
import { AccessNote } from '../links/AccessNote.tsx';
import { VersionHistory } from '../versions/VersionHistory.tsx';
import { VotingButton } from '../voting/VotingButton.tsx';

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
        <AccessNote />
        <TimerBar />
        <VotingButton />
        <BrainstormBadge />
        <FacilitateMenu />
        <BoardComments />
        <VersionHistory />
        <ExportMenu title={title ?? 'board'} />
        <ScreenOptions />
        <SaveStatusBadge status={session.connection.saveStatus} />
        <Avatars presence={session.presence} />
      </div>
    </header>
  );
}
