import { useStore } from '../lib/use-store.ts';
import { SAVE_STATUS_TEXT, type SaveStatus } from './save-status.ts';

export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const state = useStore(status);
  return (
    <span className={`save-status save-status--${state}`} data-testid="save-status" role="status" aria-live="polite">
      {SAVE_STATUS_TEXT[state]}
    </span>
  );
}
