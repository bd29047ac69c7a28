import { lockEntities, unlockEntities } from '@roundtable/shared';
import type { BoardSession } from '../board/board-session.ts';

/** The name this person shows in presence, recorded on the locks they set. */
function myName(session: BoardSession): string {
  return session.presence.getSnapshot().peers.find((peer) => peer.isSelf)?.name ?? '';
}

export function lockCards(session: BoardSession, ids: Iterable<string>): void {
  lockEntities(session.doc, ids, myName(session), session.origin);
}

export function unlockCards(session: BoardSession, ids: Iterable<string>): void {
  unlockEntities(session.doc, ids, session.origin);
}
