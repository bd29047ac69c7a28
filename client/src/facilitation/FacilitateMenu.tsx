import { useEffect, useState } from 'react';
import { startTimer } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useIsFacilitator } from '../board/use-access.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import { useDetailsMenu } from '../lib/details-menu.ts';
import { useStore } from '../lib/use-store.ts';
import { ShareDialog } from '../links/ShareDialog.tsx';
import { StartVotingDialog } from '../voting/StartVotingDialog.tsx';
import { LockMenuItems } from '../locks/LockMenuItems.tsx';
import { useFacilitation } from './use-facilitation.ts';
import '../styles/transfer.css'; // the header's drop-down menu look (`menu`, `menu__panel`)
import '../styles/facilitation.css';

const TIMER_MINUTES = [1, 3, 5, 10, 15];

/** The facilitator's tools in one header menu: sharing and locking, the timer, voting, following, the laser. */
export function FacilitateMenu() {
  const session = useBoardSession();
  const facilitation = useFacilitation();
  const readOnly = useReadOnly(session);
  const view = useStore(session.view);
  const laser = useStore(facilitation.laser);
  const round = useStore(session.voting);
  const timer = useStore(session.timer);
  const [dialog, setDialog] = useState<'share' | 'voting' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const menu = useDetailsMenu();

  // Once the new round reaches this screen its voting panel takes over from the start dialog.
  useEffect(() => {
    if (round) setDialog((open) => (open === 'voting' ? null : open));
  }, [round]);

  useEffect(() => {
    if (!announcement) return;
    const clear = window.setTimeout(() => setAnnouncement(''), 4000);
    return () => window.clearTimeout(clear);
  }, [announcement]);

  if (!useIsFacilitator()) return null;
  const { close } = menu;
  const choose = (action: () => void) => () => {
    close();
    action();
  };

  return (
    <>
      <details ref={menu.ref} className="menu" data-testid="facilitate-menu" onKeyDown={menu.onKeyDown}>
        <summary className="button button--small">Facilitate</summary>
        <div className="menu__panel facilitate__panel" role="group" aria-label="Facilitator tools">
          <button type="button" className="menu__item" data-testid="share-board" onClick={choose(() => setDialog('share'))}>
            Share links and lock the board…
          </button>
          <button type="button" className="menu__item" data-testid="bring-everyone" onClick={choose(() => {
            facilitation.bringEveryoneHere();
            setAnnouncement('Everyone who allows it now follows your screen.');
          })}>
            Bring everyone to me
          </button>
          {view === CANVAS_VIEW && (
            <button type="button" className="menu__item" data-testid="laser-toggle" aria-pressed={laser} onClick={choose(() => facilitation.setLaser(!laser))}>
              {laser ? 'Turn the laser pointer off' : 'Laser pointer'}
            </button>
          )}
          {!round && (
            <button type="button" className="menu__item" data-testid="start-voting" onClick={choose(() => setDialog('voting'))}>
              Dot voting…
            </button>
          )}
          {!readOnly && (
            <>
              <LockMenuItems onDone={(text) => { close(); setAnnouncement(text); }} />
              <h3>{timer ? 'Restart the timer' : 'Start the timer'}</h3>
              <div className="facilitate__timer">
                {TIMER_MINUTES.map((minutes) => (
                  <button key={minutes} type="button" className="button button--small" data-testid={`timer-start-${minutes}`} onClick={choose(() => startTimer(session.doc, minutes * 60_000, Date.now()))}>
                    {minutes} min
                  </button>
                ))}
              </div>
            </>
          )}
        </div>
      </details>
      <span className="visually-hidden" aria-live="polite">{announcement}</span>
      {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
      {dialog === 'voting' && <StartVotingDialog onClose={() => setDialog(null)} />}
    </>
  );
}
