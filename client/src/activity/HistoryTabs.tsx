import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ActivityFeed } from './ActivityFeed.tsx';
import '../styles/activity.css';

const TABS = [
  { id: 'versions', label: 'Versions' },
  { id: 'activity', label: 'Activity' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** The History dialog's first screen: the saved versions, or the board's activity feed, as two tabs. */
export function HistoryTabs({ versions, onClose }: { versions: ReactNode; onClose(): void }) {
  const [tab, setTab] = useState<TabId>('versions');
  const buttons = useRef(new Map<TabId, HTMLButtonElement>());

  // Arrow keys, Home and End move between tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((one) => one.id === tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length]!.id;
    setTab(target);
    buttons.current.get(target)?.focus();
  };

  return (
    <>
      <div className="history-tabs" role="tablist" aria-label="History" onKeyDown={onKeyDown}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            ref={(element) => {
              if (element) buttons.current.set(id, element);
            }}
            type="button"
            role="tab"
            id={`history-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={tab === id ? `history-panel-${id}` : undefined}
            tabIndex={tab === id ? 0 : -1}
            className="history-tabs__tab"
            data-testid={`history-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`history-panel-${tab}`} aria-labelledby={`history-tab-${tab}`} className="history-tabs__panel">
        {tab === 'versions' ? versions : <ActivityFeed onClose={onClose} />}
      </div>
    </>
  );
}
