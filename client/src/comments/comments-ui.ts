import type * as Y from 'yjs';
import { ValueStore } from '../lib/value-store.ts';
import { CommentsStore } from './comments-store.ts';

/**
 * What the canvas shows about spot comments on this screen (local view state): nothing, waiting for a click
 * on the spot, a new comment being written at a spot, or one thread open.
 */
export type SpotState =
  | { kind: 'idle' }
  | { kind: 'placing' }
  | { kind: 'draft'; x: number; y: number }
  | { kind: 'open'; threadId: string; reveal: boolean };

export const IDLE: SpotState = { kind: 'idle' };

export interface CommentsUi {
  store: CommentsStore;
  spot: ValueStore<SpotState>;
}

// One per open board document, made on first use and gone with the document (the session owns the doc).
const byDoc = new WeakMap<Y.Doc, CommentsUi>();

export function commentsUi(doc: Y.Doc): CommentsUi {
  let ui = byDoc.get(doc);
  if (!ui) {
    ui = { store: new CommentsStore(doc), spot: new ValueStore<SpotState>(IDLE) };
    byDoc.set(doc, ui);
    doc.on('destroy', () => ui!.store.destroy());
  }
  return ui;
}

/** "1 comment", "3 comments". */
export function countLabel(count: number): string {
  return `${count} comment${count === 1 ? '' : 's'}`;
}
