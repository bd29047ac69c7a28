import { newId } from '@roundtable/shared';
import type { BoardSession } from '../board/board-session.ts';
import { ValueStore } from '../lib/value-store.ts';
import { FollowStore } from './follow-store.ts';
import { LocalFlag } from './local-flag.ts';

const NO_SUMMON_KEY = 'roundtable:no-summon';
const HIDE_CURSORS_KEY = 'roundtable:hide-cursors';

/** The follow, summons, laser and cursor preferences of one open board on this screen. */
export class Facilitation {
  /** "Don't move my screen": summonses are ignored. */
  readonly noSummon = new LocalFlag(NO_SUMMON_KEY);
  /** Other people's cursors are hidden here (a facilitator's laser still shows). */
  readonly hideCursors = new LocalFlag(HIDE_CURSORS_KEY);
  /** This facilitator's pointer shows to everyone as a laser pointer on the canvas. */
  readonly laser = new ValueStore(false);
  readonly follow: FollowStore;

  constructor(private readonly session: BoardSession) {
    this.follow = new FollowStore(session.presence, session.view, this.noSummon);
  }

  /** Everyone who has not opted out starts following this screen. */
  bringEveryoneHere(): void {
    this.follow.stop();
    this.session.presence.setSummon({ id: newId() });
  }

  setLaser(on: boolean): void {
    this.laser.set(on);
    this.session.presence.setLaser(on);
  }
}

const bySession = new WeakMap<BoardSession, Facilitation>();

/** Created on first use; it lives, and is collected, with its session (it only listens to the session's stores). */
export function facilitationFor(session: BoardSession): Facilitation {
  let facilitation = bySession.get(session);
  if (!facilitation) {
    facilitation = new Facilitation(session);
    bySession.set(session, facilitation);
  }
  return facilitation;
}
