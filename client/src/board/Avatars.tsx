import { useStore } from '../lib/use-store.ts';
import type { Presence } from './presence.ts';

const MAX_SHOWN = 8;

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!].map((w) => [...w][0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

/** Who is here, this browser first (with a ring). */
export function Avatars({ presence }: { presence: Presence }) {
  const { peers } = useStore(presence);
  const shown = peers.slice(0, MAX_SHOWN);
  const hidden = peers.slice(MAX_SHOWN);
  return (
    <ul className="avatars" aria-label={`${peers.length} ${peers.length === 1 ? 'person' : 'people'} on this board`}>
      {shown.map((peer) => (
        <li key={peer.clientId}>
          <span
            className={peer.isSelf ? 'avatar avatar--self' : 'avatar'}
            data-testid="avatar"
            role="img"
            title={peer.name}
            aria-label={peer.name}
            style={{ background: peer.color }}
          >
            {initials(peer.name)}
          </span>
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
