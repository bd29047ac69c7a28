import { useCallback } from 'react';
import { useStoreSelector } from '../lib/use-store.ts';
import { useBoardSession } from './board-context.ts';
import type { Peer, PresenceSnapshot } from './presence.ts';
import '../styles/peer-selection.css';

const NO_PEERS: readonly Peer[] = [];

/** The other people who have this card selected, in any view (the selection is shared across views). */
export function usePeersSelecting(entityId: string): readonly Peer[] {
  const session = useBoardSession();
  return useStoreSelector(
    session.presence,
    useCallback((snapshot: PresenceSnapshot) => snapshot.selectionsByNote.get(entityId) ?? NO_PEERS, [entityId]),
  );
}

/**
 * Name tags above a card that others have selected, in their colours; the card itself gets an outline in the
 * first one's colour through `peerOutline`. Names are text, so colour is never the only signal.
 */
export function PeerSelection({ entityId }: { entityId: string }) {
  const peers = usePeersSelecting(entityId);
  if (peers.length === 0) return null;
  return (
    <span className="peer-selection" data-testid="peer-selection" aria-label={`Selected by ${peers.map((p) => p.name).join(', ')}`}>
      {peers.map((peer) => (
        <span key={peer.clientId} style={{ background: peer.color }}>
          {peer.name}
        </span>
      ))}
    </span>
  );
}

/** Inline style giving a card another person's selection outline, or nothing. */
export function peerOutline(peers: readonly Peer[]): { outline: string; outlineOffset: string } | undefined {
  return peers[0] ? { outline: `3px solid ${peers[0].color}`, outlineOffset: '2px' } : undefined;
}
