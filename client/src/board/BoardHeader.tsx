import { Link } from '../Link.tsx';
import { Avatars } from './Avatars.tsx';
import type { BoardSession } from './board-session.ts';
import { SaveStatusBadge } from './SaveStatusBadge.tsx';

export function BoardHeader({ session, title }: { session: BoardSession; title: string | null }) {
  return (
    <header className="board-header">
      <Link href="/" className="board-header__home">
        <span aria-hidden="true">←</span> All boards
      </Link>
      <h1 className="board-header__title">{title ?? '…'}</h1>
      <div className="board-header__status">
        <SaveStatusBadge status={session.connection.saveStatus} />
        <Avatars presence={session.presence} />
      </div>
    </header>
  );
}
