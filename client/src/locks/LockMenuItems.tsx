import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { lockCards, unlockCards } from './lock-actions.ts';

const cards = (count: number) => (count === 1 ? '1 card' : `${count} cards`);

/** The Facilitate menu's lock and unlock of the selected cards; `onDone` closes the menu and announces. */
export function LockMenuItems({ onDone }: { onDone: (announcement: string) => void }) {
  const session = useBoardSession();
  const { nodes } = useStore(session.selection);
  const { entities } = useStore(session.plan);
  const locks = useStore(session.locks);
  const selected = [...nodes].filter((id) => entities.has(id));
  const unlocked = selected.filter((id) => !locks.has(id));
  const locked = selected.filter((id) => locks.has(id));

  return (
    <>
      <button type="button" className="menu__item" data-testid="lock-selected" disabled={unlocked.length === 0} onClick={() => {
        lockCards(session, unlocked);
        onDone(`${cards(unlocked.length)} locked: only facilitators can change ${unlocked.length === 1 ? 'it' : 'them'} now.`);
      }}>
        Lock selected cards
      </button>
      <button type="button" className="menu__item" data-testid="unlock-selected" disabled={locked.length === 0} onClick={() => {
        unlockCards(session, locked);
        onDone(`${cards(locked.length)} unlocked.`);
      }}>
        Unlock selected cards
      </button>
    </>
  );
}
