import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Presence } from '../../src/board/presence.ts';
import { ValueStore } from '../../src/lib/value-store.ts';
import type { ViewSwitcher } from '../../src/facilitation/follow-store.ts';
import { manualFrames } from '../helpers/frames.ts';

/** The tab a screen shows, as the board's CurrentView keeps it (without the address bar). */
export class Tabs extends ValueStore<string> implements ViewSwitcher {
  show(id: string): void {
    this.set(id);
  }
}

/** Several people's awareness wired together as the websocket relays it, each with their Presence and tab. */
export function people(...names: string[]) {
  const frames = manualFrames();
  const everyone = names.map((name) => {
    const awareness = new Awareness(new Y.Doc());
    const presence = new Presence(awareness, frames.scheduler);
    const tabs = new Tabs('canvas');
    tabs.subscribe(() => presence.setView(tabs.getSnapshot()));
    presence.setView('canvas');
    presence.setUser({ name, color: '#1f77b4' });
    return { name, awareness, presence, tabs };
  });
  for (const from of everyone) {
    from.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const update = encodeAwarenessUpdate(from.awareness, [...added!, ...updated!, ...removed!]);
      for (const to of everyone) if (to !== from) applyAwarenessUpdate(to.awareness, update, 'remote');
    });
  }
  // Everyone joined before the others were listening: send each state once more.
  for (const person of everyone) person.awareness.setLocalStateField('user', { name: person.name, color: '#1f77b4' });
  return { everyone, frames };
}

/** What the server does to a relayed state: the sender's role, stamped where other people see it. */
export function stampRole(person: { awareness: Awareness }, role: string): void {
  person.awareness.setLocalStateField('role', role);
}
