import { lazy, type ComponentType } from 'react';

/** One tab of the board page: a live view of the same board document. */
export interface BoardViewDefinition {
  id: string;
  label: string;
  /** A sentence for the tab's tooltip and screen readers: what the view is for. */
  description: string;
  Component: ComponentType;
}

const CanvasPanel = lazy(() => import('../canvas/CanvasPanel.tsx').then((m) => ({ default: m.CanvasPanel })));

/** In tab order. Each view reads and writes the one Y.Doc; editing a card in one changes it in all. */
export const BOARD_VIEWS: readonly BoardViewDefinition[] = [
  { id: 'canvas', label: 'Canvas', description: 'Free sticky notes for brainstorming', Component: CanvasPanel },
];

export const DEFAULT_VIEW = 'canvas';

export function viewById(id: string | null | undefined): BoardViewDefinition {
  return BOARD_VIEWS.find((view) => view.id === id) ?? BOARD_VIEWS.find((view) => view.id === DEFAULT_VIEW)!;
}
