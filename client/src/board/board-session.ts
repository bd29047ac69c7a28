import { CanvasStore } from '../canvas/canvas-store.ts';
import { LayoutWriter } from '../canvas/layout-writer.ts';
import { ValueStore } from '../lib/value-store.ts';
import { UndoHistory } from '../undo.ts';
import { BoardConnection } from './connection.ts';
import { Presence } from './presence.ts';
import { TitleStore } from './title-store.ts';
import { CurrentView } from '../views/current-view.ts';
import { PlanStore } from '../plan/plan-store.ts';
import { TimerStore } from '../timer/timer-store.ts';
import { AccessStore, type Access } from './access-store.ts';
import { VotingStore } from '../voting/voting-store.ts';
import { LocksStore } from '../locks/locks-store.ts';

/** What is selected on this screen: local view state, shared with others only as presence. */
export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

/** How far the board has loaded: nothing yet, from this device's copy, or from the server. */
export type LoadState = 'loading' | 'local' | 'server';

/**
 * One open board, framework-free: the connection plus the stores the views read and the writers they use.
 * Every write to the document uses `origin`, which is what undo tracks.
 */
export class BoardSession {
  readonly origin = { roundtable: 'local-edit' };
  readonly connection: BoardConnection;
  readonly canvas: CanvasStore;
  readonly presence: Presence;
  readonly undo: UndoHistory;
  readonly layout: LayoutWriter;
  readonly title: TitleStore;
  /** The planning model (entities and links as plain, validated records), live. */
  readonly plan: PlanStore;
  /** The shared workshop countdown. */
  readonly timer: TimerStore;
  /** The dot-voting round, if one is open or revealed. */
  readonly voting: VotingStore;
  /** The cards a facilitator has locked against editing. */
  readonly locks: LocksStore;
  readonly selection = new ValueStore<Selection>(EMPTY_SELECTION);
  /** The note whose text is being typed on this screen, if any. */
  readonly editing = new ValueStore<string | null>(null);
  readonly loaded = new ValueStore<LoadState>('loading');
  /** Which tab this screen shows; published in presence so cursors only appear to people on the same view. */
  readonly view = new CurrentView();
  /** This browser's role and the board's mode. */
  readonly access: AccessStore;
  private readonly unsubscribers: (() => void)[] = [];

  constructor(boardId: string, token: string, access: Access) {
    this.access = new AccessStore(access);
    this.connection = new BoardConnection(boardId, token);
    const { doc, provider, persistence } = this.connection;
    this.canvas = new CanvasStore(doc);
    this.presence = new Presence(provider.awareness);
    this.presence.setView(this.view.getSnapshot());
    this.undo = new UndoHistory(doc, this.origin);
    this.layout = new LayoutWriter(doc, this.origin);
    this.title = new TitleStore(doc);
    this.plan = new PlanStore(doc);
    this.timer = new TimerStore(doc);
    this.voting = new VotingStore(doc);
    this.locks = new LocksStore(doc);
    void persistence?.whenSynced.then(() => {
      if (this.loaded.getSnapshot() === 'loading') this.loaded.set('local');
    });
    provider.on('sync', (synced) => {
      if (synced) this.loaded.set('server');
    });
    this.unsubscribers.push(
      this.selection.subscribe(() => this.presence.setSelection([...this.selection.getSnapshot().nodes])),
      this.plan.subscribe(this.dropVanishedSelection),
      this.editing.subscribe(this.groupTypingIntoOneStep),
      this.view.subscribe(() => this.presence.setView(this.view.getSnapshot())),
      this.access.followMode(doc),
    );
  }

  /** Selects one entity, in every view, as a click on its card does. */
  selectOnly(id: string): void {
    this.selection.set({ nodes: new Set([id]), edges: new Set() });
  }

  get doc() {
    return this.connection.doc;
  }

  get boardId(): string {
    return this.connection.boardId;
  }

  /** The link token this board was opened with: every REST call about it carries it. */
  get token(): string {
    return this.connection.token;
  }

  /** Editing is off: this role may not edit in the board's mode, or the connection cannot carry edits. */
  get readOnly(): boolean {
    return this.connection.readOnly || !this.access.canEdit;
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.layout.destroy();
    this.title.destroy();
    this.plan.destroy();
    this.timer.destroy();
    this.voting.destroy();
    this.locks.destroy();
    this.undo.destroy();
    this.presence.destroy();
    this.canvas.destroy();
    this.connection.destroy();
  }

  /** One spell of typing in a note is one undo step, not one per keystroke. */
  private groupTypingIntoOneStep = (): void => {
    if (this.editing.getSnapshot() === null) this.undo.endGesture();
    else this.undo.beginGesture();
  };

  /** Someone deleted a card or link we had selected: forget it, so toolbars, side panel and presence stay honest. */
  private dropVanishedSelection = (): void => {
    const { nodes, edges } = this.selection.getSnapshot();
    if (nodes.size === 0 && edges.size === 0) return;
    // The selection is shared by every view, so it is checked against the whole plan, not one view's cards.
    const { entities, links } = this.plan.getSnapshot();
    const keptNodes = [...nodes].filter((id) => entities.has(id));
    const keptEdges = [...edges].filter((id) => links.has(id));
    if (keptNodes.length === nodes.size && keptEdges.length === edges.size) return;
    this.selection.set({ nodes: new Set(keptNodes), edges: new Set(keptEdges) });
  };
}
