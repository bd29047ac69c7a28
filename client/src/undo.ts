import * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { Listeners, type ReadableStore } from './lib/value-store.ts';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

/** Outside a gesture nothing merges: two quick actions (connect, then delete) are two undo steps. */
const DEFAULT_CAPTURE_MS = 0;

/**
 * Undo and redo of this person's own changes only: the manager tracks just transactions with our local
 * origin, so undo never reverts what someone else did. Every action is one step; a gesture (a drag, a resize,
 * one spell of typing in a note) is one step however long it takes.
 */
export class UndoHistory implements ReadableStore<UndoState> {
  readonly manager: Y.UndoManager;
  private readonly listeners = new Listeners();
  private state: UndoState = { canUndo: false, canRedo: false };
  private inGesture = false;

  constructor(doc: Y.Doc, origin: unknown) {
    const { entities, links, layouts } = boardMaps(doc);
    this.manager = new Y.UndoManager([entities, links, layouts], {
      trackedOrigins: new Set([origin]),
      captureTimeout: DEFAULT_CAPTURE_MS,
    });
    this.manager.on('stack-item-added', this.onItemAdded);
    this.manager.on('stack-item-popped', this.refresh);
    this.manager.on('stack-cleared', this.refresh);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): UndoState => this.state;

  undo(): void {
    this.endGesture();
    this.manager.undo();
  }

  redo(): void {
    this.endGesture();
    this.manager.redo();
  }

  /** Starts a gesture: everything written until `endGesture` becomes one undo step. */
  beginGesture(): void {
    this.manager.stopCapturing();
    this.inGesture = true;
  }

  endGesture(): void {
    if (!this.inGesture) return;
    this.inGesture = false;
    this.manager.captureTimeout = DEFAULT_CAPTURE_MS;
    this.manager.stopCapturing();
  }

  destroy(): void {
    this.manager.destroy();
  }

  private onItemAdded = (): void => {
    // The gesture's first write opened a new stack item; keep merging into it until the gesture ends.
    if (this.inGesture) this.manager.captureTimeout = Number.POSITIVE_INFINITY;
    this.refresh();
  };

  private refresh = (): void => {
    const canUndo = this.manager.canUndo();
    const canRedo = this.manager.canRedo();
    if (canUndo === this.state.canUndo && canRedo === this.state.canRedo) return;
    this.state = { canUndo, canRedo };
    this.listeners.notify();
  };
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Typing in a text field keeps the field's own undo. */
export function undoShortcut(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (isTextField(event.target)) return null;
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable;
}
