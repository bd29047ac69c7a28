import { useEffect, useRef, useState } from 'react';
import { pauseTimer, resetTimer, resumeTimer, startTimer, timerRemaining } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { playEndSound, setSoundWanted, soundWanted } from './end-sound.ts';
import { formatRemaining } from './timer-store.ts';
import '../styles/timer.css';

const PRESETS = [1, 3, 5, 10, 15];

/** The workshop countdown everyone sees; anyone who can edit can start, pause, resume or clear it. */
export function TimerBar() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const timer = useStore(session.timer);
  const [now, setNow] = useState(() => Date.now());
  const [sound, setSound] = useState(soundWanted);
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

  const act = (change: (at: number) => void) => () => {
    const at = Date.now();
    change(at);
    setNow(at);
  };

  return (
    <div className="timer" role="group" aria-label="Workshop timer">
      {timer ? (
        <>
          <span className={`timer__time${finished ? ' timer__time--done' : ''}`} data-testid="timer-display" role="timer" aria-live="off">
            {finished ? 'Time is up' : formatRemaining(remaining)}
            {!running && ' (paused)'}
          </span>
          <span className="visually-hidden" aria-live="polite">{finished ? 'Time is up' : ''}</span>
          {!readOnly && running && !finished && <button type="button" className="button button--small" data-testid="timer-pause" onClick={act((at) => pauseTimer(session.doc, at))}>Pause</button>}
          {!readOnly && !running && <button type="button" className="button button--small" data-testid="timer-resume" onClick={act((at) => resumeTimer(session.doc, at))}>Resume</button>}
          {!readOnly && <button type="button" className="button button--small" data-testid="timer-reset" onClick={() => resetTimer(session.doc)}>Clear</button>}
        </>
      ) : (
        !readOnly && (
          <label className="timer__start">
            <span>Timer</span>
            <select data-testid="timer-start" value="" onChange={(e) => e.target.value && act((at) => startTimer(session.doc, Number(e.target.value) * 60_000, at))()}>
              <option value="">Start…</option>
              {PRESETS.map((minutes) => <option key={minutes} value={minutes}>{minutes} min</option>)}
            </select>
          </label>
        )
      )}
      <label className="timer__sound">
        <input type="checkbox" checked={sound} data-testid="timer-sound" onChange={(e) => { setSound(e.target.checked); setSoundWanted(e.target.checked); }} />
        Sound at the end
      </label>
    </div>
  );
}
