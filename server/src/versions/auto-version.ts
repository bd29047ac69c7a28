import type { FastifyBaseLogger } from 'fastify';
import type { Catalog } from '../catalog/catalog.ts';
import type { Room } from '../sync/room.ts';
import type { VersionStore } from './version-store.ts';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
});

/** "End of session, 22 Nov 2026 14:05 UTC" (the server does not know the participants' time zone). */
export const endOfSessionName = (at: Date): string => `End of session, ${WHEN.format(at).replace(',', '')} UTC`;

/**
 * Runs when a room unloads after its last person left (`RoomsOptions.onUnloaded`): keeps an automatic version
 * if the board changed since its latest version. A board deleted meanwhile gets none. Never throws.
 */
export function autoVersionOnUnload(versions: VersionStore, catalog: Catalog, log: FastifyBaseLogger) {
  return async (boardId: string, room: Room): Promise<void> => {
    if (!catalog.get(boardId)) return;
    try {
      const saved = await versions.saveIfChanged(boardId, room.doc, { name: endOfSessionName(new Date()), kind: 'auto' });
      if (saved) log.info({ boardId, versionId: saved.id }, 'automatic version saved');
    } catch (err) {
      log.error({ err, boardId }, 'saving the end-of-session version failed');
    }
  };
}
