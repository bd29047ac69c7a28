import { useEffect } from 'react';
import { useStore } from '../lib/use-store.ts';
import { useFacilitation } from './use-facilitation.ts';
import '../styles/facilitation.css';

const NOTICE_MS = 8000;

/** "You are following …" with a way out (the button or Escape), or a short notice that following ended. */
export function FollowBanner() {
  const { follow } = useFacilitation();
  const { leader, notice } = useStore(follow);

  useEffect(() => {
    if (!leader) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) follow.stop();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [follow, leader]);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => follow.dismissNotice(), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [follow, notice]);

  return (
    <div className="follow-banner-slot" role="status" aria-live="polite">
      {leader ? (
        <div className="follow-banner" data-testid="follow-banner">
          <svg className="follow-banner__icon" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12Z" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="12" cy="12" r="3.2" fill="currentColor" />
          </svg>
          <span className="follow-banner__text">
            You are following <strong>{leader.name}</strong>
            {leader.summoned ? ', who brought everyone here.' : '. Your screen moves with theirs.'}
          </span>
          <button type="button" className="button button--small" data-testid="stop-following" onClick={() => follow.stop()}>
            Stop following
          </button>
        </div>
      ) : notice ? (
        <div className="follow-banner follow-banner--notice" data-testid="follow-notice">
          <span className="follow-banner__text">{notice}</span>
          <button type="button" className="button button--small" onClick={() => follow.dismissNotice()}>
            OK
          </button>
        </div>
      ) : null}
    </div>
  );
}
