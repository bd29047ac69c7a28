import * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { FrameThrottle, type FrameScheduler } from '../lib/frame-throttle.ts';
import { CANVAS_VIEW } from './canvas-store.ts';

export interface PlacePatch {
  x?: number;
  y?: number;
  w?: number;
  h?: number;
}

const KEYS = ['x', 'y', 'w', 'h'] as const;

/**
 * Writes note positions and sizes during a drag or resize: patches are merged and written at most once per
 * animation frame, in one transaction, touching only the fields that moved. `flush` writes now (gesture end).
 */
export class LayoutWriter {
  private pending = new Map<string, PlacePatch>();
  private readonly throttle: FrameThrottle;

  constructor(
    private readonly doc: Y.Doc,
    private readonly origin: unknown,
    scheduler?: FrameScheduler,
    private readonly viewId = CANVAS_VIEW,
  ) {
    this.throttle = new FrameThrottle(this.write, scheduler);
  }

  queue(id: string, patch: PlacePatch): void {
    this.pending.set(id, { ...this.pending.get(id), ...patch });
    this.throttle.schedule();
  }

  flush(): void {
    this.throttle.flush();
  }

  destroy(): void {
    this.flush();
  }

  private write = (): void => {
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    const layout = boardMaps(this.doc).layouts.get(this.viewId);
    if (!layout) return;
    this.doc.transact(() => {
      for (const [id, patch] of pending) {
        const place = layout.get(id);
        if (!(place instanceof Y.Map)) continue; // deleted meanwhile, perhaps by someone else
        for (const key of KEYS) {
          const value = patch[key];
          if (value === undefined || !Number.isFinite(value)) continue;
          const rounded = Math.round(value);
          if (place.get(key) !== rounded) place.set(key, rounded);
        }
      }
    }, this.origin);
  };
}
