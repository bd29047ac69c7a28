import type * as Y from 'yjs';
import { boardMaps, canEditBoard, isBoardMode, MODE_KEY, type BoardMode, type Role } from '@roundtable/shared';
import { ValueStore } from '../lib/value-store.ts';

/** This browser's role on the open board and the board's mode: what the editing controls follow. */
export interface Access {
  role: Role;
  mode: BoardMode;
}

export class AccessStore extends ValueStore<Access> {
  constructor(initial: Access = { role: 'viewer', mode: 'open' }) {
    super(initial);
  }

  get canEdit(): boolean {
    const { role, mode } = this.getSnapshot();
    return canEditBoard(role, mode);
  }

  get isFacilitator(): boolean {
    return this.getSnapshot().role === 'facilitator';
  }

  /** Follows the mode the server mirrors into `meta.mode`, so a lock reaches this screen at once. */
  followMode(doc: Y.Doc): () => void {
    const { meta } = boardMaps(doc);
    const read = () => {
      const mode = meta.get(MODE_KEY);
      if (isBoardMode(mode)) this.update({ mode });
    };
    read();
    meta.observe(read);
    return () => meta.unobserve(read);
  }

  update(patch: Partial<Access>): void {
    const current = this.getSnapshot();
    const next = { ...current, ...patch };
    if (next.role !== current.role || next.mode !== current.mode) this.set(next);
  }
}
