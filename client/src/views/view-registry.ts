import { lazy, type ComponentType } from 'react';

/** One tab of the board page: a live view of the same board document. */
export interface BoardViewDefinition {
  id: string;
  label: string;
  /** A sentence for the tab's tooltip and screen readers: what the view is for. */
  description: string;
  Component: ComponentType;
}

const StakeholderView = lazy(() => import('./stakeholders/StakeholderView.tsx').then((m) => ({ default: m.StakeholderView })));
const RiskRegisterView = lazy(() => import('./risks/RiskRegisterView.tsx').then((m) => ({ default: m.RiskRegisterView })));
const PlanView = lazy(() => import('./plan/PlanView.tsx').then((m) => ({ default: m.PlanView })));
const KpisView = lazy(() => import('./kpis/KpisView.tsx').then((m) => ({ default: m.KpisView })));
const DependencyPanel = lazy(() => import('./dependencies/DependencyPanel.tsx').then((m) => ({ default: m.DependencyPanel })));
const TimelinePanel = lazy(() => import('./timeline/TimelinePanel.tsx').then((m) => ({ default: m.TimelinePanel })));
const CanvasPanel = lazy(() => import('../canvas/CanvasPanel.tsx').then((m) => ({ default: m.CanvasPanel })));

/** In tab order. Each view reads and writes the one Y.Doc; editing a card in one changes it in all. */
export const BOARD_VIEWS: readonly BoardViewDefinition[] = [
  { id: 'stakeholders', label: 'Stakeholder map', description: 'Who has a stake: power and interest, attitude and how we engage them, with the register', Component: StakeholderView },
  { id: 'dependencies', label: 'Dependency graph', description: 'What waits for what: cycles, the critical path and hand-overs between organisations', Component: DependencyPanel },
  { id: 'timeline', label: 'Timeline', description: 'Activities and milestones on dates, by workstream, with dependencies', Component: TimelinePanel },
  { id: 'risks', label: 'Risk register', description: 'Risks on a likelihood × impact grid and as a table', Component: RiskRegisterView },
  { id: 'plan', label: 'Partnership plan', description: 'The eight questions of a partnership plan, with notes and the cards they refer to', Component: PlanView },
  { id: 'kpis', label: 'KPIs', description: 'Leading and lagging indicators with targets at milestones and their status', Component: KpisView },
  { id: 'canvas', label: 'Canvas', description: 'Free sticky notes for brainstorming', Component: CanvasPanel },
];

export const DEFAULT_VIEW = 'canvas';

export function viewById(id: string | null | undefined): BoardViewDefinition {
  return BOARD_VIEWS.find((view) => view.id === id) ?? BOARD_VIEWS.find((view) => view.id === DEFAULT_VIEW)!;
}
