import { useEffect, useRef, useState } from 'react';
import { useFacilitation } from '../facilitation/use-facilitation.ts';
import { useStore } from '../lib/use-store.ts';
import type { Peer, Presence } from './presence.ts';

const MAX_SHOWN = 8;

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!].map((w) => [...w][0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

/** Who is here, this browser first (with a ring). Anyone else's avatar opens "Follow <name>". */
export function Avatars({ presence }: { presence: Presence }) {
  const { peers } = useStore(presence);
  const shown = peers.slice(0, MAX_SHOWN);
  const hidden = peers.slice(MAX_SHOWN);
  return (
    <ul className="avatars" aria-label={`${peers.length} ${peers.length === 1 ? 'person' : 'people'} on this board`}>
      {shown.map((peer) => (
        <li key={peer.clientId}>
          {peer.isSelf ? (
            <span className="avatar avatar--self" data-testid="avatar" role="img" title={peer.name} aria-label={peer.name} style={{ background: peer.color }}>
              {initials(peer.name)}
            </span>
          ) : (
            <PeerAvatar peer={peer} />
          )}
        </li>
      ))}
      {hidden.length > 0 && (
        <li>
          <span className="avatar avatar--more" title={hidden.map((p) => p.name).join(', ')}>
            +{hidden.length}
          </span>
        </li>
      )}
    </ul>
  );
}

function PeerAvatar({ peer }: { peer: Peer }) {
  const { follow } = useFacilitation();
  const { leader } = useStore(follow);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const following = leader?.clientId === peer.clientId;

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const choose = () => {
    if (following) follow.stop();
    else follow.follow(peer.clientId);
    setOpen(false);
  };

  return (
    <div
      className="avatar-menu"
      ref={root}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        root.current?.querySelector('button')?.focus();
      }}
    >
      <button
        type="button"
        className={following ? 'avatar avatar--button avatar--followed' : 'avatar avatar--button'}
        data-testid="avatar"
        title={peer.name}
        aria-expanded={open}
        style={{ background: peer.color }}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{initials(peer.name)}</span>
        <span className="visually-hidden">{following ? `${peer.name} (you are following them)` : peer.name}</span>
      </button>
      {open && (
        <div className="avatar-menu__panel">
          <button type="button" className="menu__item" data-testid="follow-person" autoFocus onClick={choose}>
            {following ? `Stop following ${peer.name}` : `Follow ${peer.name}`}
          </button>
        </div>
      )}
    </div>
  );
}
