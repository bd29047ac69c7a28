import type * as Y from 'yjs';
import { updateEntity } from '@roundtable/shared';
import { FrameThrottle, type FrameScheduler } from './frame-throttle.ts';

/**
 * Writes field patches to entities during a drag (a stakeholder's power and interest, a risk's rating, an
 * activity's dates): only the latest patch per entity, at most one transaction per animation frame; `flush`
 * writes what is pending now (at drop). An entity deleted meanwhile is refused by updateEntity and skipped.
 */
export class EntityPatchWriter<Patch extends object> {
  private pending = new Map<string, Patch>();
  private readonly throttle: FrameThrottle;

  constructor(
    private readonly doc: Y.Doc,
    private readonly origin: unknown,
    scheduler?: FrameScheduler,
  ) {
    this.throttle = new FrameThrottle(this.write, scheduler);
  }

  queue(id: string, patch: Patch): void {
    this.pending.set(id, patch);
    this.throttle.schedule();
  }

  flush(): void {
    this.throttle.flush();
  }

  private write = (): void => {
    const pending = this.pending;
    this.pending = new Map();
    if (pending.size === 0) return;
    this.doc.transact(() => {
      for (const [id, patch] of pending) updateEntity(this.doc, id, { ...patch } as Record<string, unknown>, this.origin);
    }, this.origin);
  };
}
