import type { KeyboardEvent } from 'react';
import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { BOARD_VIEWS } from './view-registry.ts';
import { UndoButtons } from '../board/UndoButtons.tsx';

/** The board's views as tabs; arrow keys move between them (WAI-ARIA tabs pattern). */
export function ViewTabs() {
  const session = useBoardSession();
  const current = useStore(session.view);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = BOARD_VIEWS.findIndex((view) => view.id === current);
    const next = BOARD_VIEWS[(index + step + BOARD_VIEWS.length) % BOARD_VIEWS.length]!;
    session.view.show(next.id);
    document.getElementById(`view-tab-${next.id}`)?.focus();
  };

  return (
    <div className="view-bar">
      <div className="view-tabs" role="tablist" aria-label="Board views" onKeyDown={onKeyDown}>
        {BOARD_VIEWS.map((view) => (
          <button
            key={view.id}
            id={`view-tab-${view.id}`}
            type="button"
            role="tab"
            className="view-tabs__tab"
            data-testid={`view-tab-${view.id}`}
            aria-selected={view.id === current}
            aria-controls="board-view"
            tabIndex={view.id === current ? 0 : -1}
            title={view.description}
            onClick={() => session.view.show(view.id)}
          >
            {view.label}
          </button>
        ))}
      </div>
      <UndoButtons />
    </div>
  );
}
