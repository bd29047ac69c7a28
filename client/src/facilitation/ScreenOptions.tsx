import { useStore } from '../lib/use-store.ts';
import { timerSound } from '../timer/end-sound.ts';
import { useFacilitation } from './use-facilitation.ts';
import '../styles/transfer.css'; // the header's drop-down menu look (`menu`, `menu__panel`)
import '../styles/facilitation.css';

/** Everyone's preferences for this screen: being moved by the facilitator, others' cursors, the timer's sound. */
export function ScreenOptions() {
  const { noSummon, hideCursors } = useFacilitation();
  const ignoring = useStore(noSummon);
  const hiding = useStore(hideCursors);
  const sound = useStore(timerSound);
  return (
    <details
      className="menu"
      data-testid="screen-options"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !event.currentTarget.open) return;
        event.preventDefault();
        event.currentTarget.open = false;
        event.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary className="button button--small">Screen options</summary>
      <div className="menu__panel facilitator-tools__options" role="group" aria-label="Screen options">
        <label className="facilitator-tools__option">
          <input type="checkbox" data-testid="no-summon" checked={ignoring} onChange={(e) => noSummon.set(e.target.checked)} />
          <span>
            Don’t move my screen
            <small>The facilitator’s “Bring everyone to me” leaves this screen where it is.</small>
          </span>
        </label>
        <label className="facilitator-tools__option">
          <input type="checkbox" data-testid="hide-cursors" checked={hiding} onChange={(e) => hideCursors.set(e.target.checked)} />
          <span>
            Hide cursors
            <small>Other people’s pointers are hidden on this screen. The facilitator’s laser pointer still shows.</small>
          </span>
        </label>
        <label className="facilitator-tools__option">
          <input type="checkbox" data-testid="timer-sound" checked={sound} onChange={(e) => timerSound.set(e.target.checked)} />
          <span>
            Sound when the timer ends
            <small>Three soft beeps on this screen when the workshop timer reaches zero.</small>
          </span>
        </label>
      </div>
    </details>
  );
}
