import { useEffect, useRef, useState } from 'react';
import { pauseTimer, resetTimer, resumeTimer, timerRemaining } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useIsFacilitator } from '../board/use-access.ts';
import { useStore } from '../lib/use-store.ts';
import { playEndSound, timerSound } from './end-sound.ts';
import { formatRemaining } from './timer-store.ts';
import '../styles/timer.css';

/**
 * The workshop countdown everyone sees while one runs; the facilitator pauses, resumes or clears it here (and
 * starts it from the Facilitate menu).
 */
export function TimerBar() {
  const session = useBoardSession();
  const controls = useIsFacilitator() && !useReadOnly(session);
  const timer = useStore(session.timer);
  const sound = useStore(timerSound);
  const [now, setNow] = useState(() => Date.now());
  const wasRunning = useRef(false);
  const running = timer !== null && timer.endsAt !== null;
  const remaining = timer ? timerRemaining(timer, now) : 0;

  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [running]);

  const finished = running && remaining === 0;
  useEffect(() => {
    if (finished && wasRunning.current && sound) playEndSound();
    wasRunning.current = running && !finished;
  }, [finished, running, sound]);

  if (!timer) return null;
  const act = (change: (at: number) => void) => () => {
    const at = Date.now();
    change(at);
    setNow(at);
  };

  return (
    <div className="timer" role="group" aria-label="Workshop timer">
      <span className={`timer__time${finished ? ' timer__time--done' : ''}`} data-testid="timer-display" role="timer" aria-live="off">
        {finished ? 'Time is up' : formatRemaining(remaining)}
        {!running && ' (paused)'}
      </span>
      <span className="visually-hidden" aria-live="polite">{finished ? 'Time is up' : ''}</span>
      {controls && running && !finished && <button type="button" className="button button--small" data-testid="timer-pause" onClick={act((at) => pauseTimer(session.doc, at))}>Pause</button>}
      {controls && !running && <button type="button" className="button button--small" data-testid="timer-resume" onClick={act((at) => resumeTimer(session.doc, at))}>Resume</button>}
      {controls && <button type="button" className="button button--small" data-testid="timer-reset" onClick={() => resetTimer(session.doc)}>Clear</button>}
    </div>
  );
}
