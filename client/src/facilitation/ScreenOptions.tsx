import { useDetailsMenu } from '../lib/details-menu.ts';
import { useStore } from '../lib/use-store.ts';
import type { LocalFlag } from './local-flag.ts';
import { timerSound } from '../timer/end-sound.ts';
import { useFacilitation } from './use-facilitation.ts';
import '../styles/transfer.css'; // the header's drop-down menu look (`menu`, `menu__panel`)
import '../styles/facilitation.css';

/** Everyone's preferences for this screen: being moved by the facilitator, others' cursors, the timer's sound. */
export function ScreenOptions() {
  const { noSummon, hideCursors } = useFacilitation();
  const menu = useDetailsMenu();
  return (
    <details ref={menu.ref} className="menu" data-testid="screen-options" onKeyDown={menu.onKeyDown}>
      <summary className="button button--small">Screen options</summary>
      <div className="menu__panel facilitator-tools__options" role="group" aria-label="Screen options">
        <Option flag={noSummon} testId="no-summon" label="Don’t move my screen" note="The facilitator’s “Bring everyone to me” leaves this screen where it is." />
        <Option flag={hideCursors} testId="hide-cursors" label="Hide cursors" note="Other people’s pointers are hidden on this screen. The facilitator’s laser pointer still shows." />
        <Option flag={timerSound} testId="timer-sound" label="Sound when the timer ends" note="Three soft beeps on this screen when the workshop timer reaches zero." />
      </div>
    </details>
  );
}

function Option({ flag, testId, label, note }: { flag: LocalFlag; testId: string; label: string; note: string }) {
  const on = useStore(flag);
  return (
    <label className="facilitator-tools__option">
      <input type="checkbox" data-testid={testId} checked={on} onChange={(e) => flag.set(e.target.checked)} />
      <span>
        {label}
        <small>{note}</small>
      </span>
    </label>
  );
}
