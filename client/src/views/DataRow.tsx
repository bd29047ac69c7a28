import { useCallback, type ReactNode } from 'react';
import { deleteEntities } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import type { Selection } from '../board/board-session.ts';
import { useStoreSelector } from '../lib/use-store.ts';

/** Whether the card is selected on this screen; re-renders the caller only when that changes. */
export function useIsSelected(id: string): boolean {
  return useStoreSelector(useBoardSession().selection, useCallback((s: Selection) => s.nodes.has(id), [id]));
}

/** A register's row for one card (risks, KPIs): a click selects the card, and the row shows while it is selected. */
export function DataRow({ id, testId, children }: { id: string; testId: string; children: ReactNode }) {
  const session = useBoardSession();
  const selected = useIsSelected(id);
  return (
    <tr
      data-testid={testId}
      data-entity-id={id}
      className={selected ? 'data-row data-row--selected' : 'data-row'}
      onClick={() => session.selectOnly(id)}
    >
      {children}
    </tr>
  );
}

/** The last cell's Delete button, named after the card for screen readers. */
export function DeleteCardButton({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  const session = useBoardSession();
  return (
    <button type="button" className="button button--small button--danger" disabled={disabled} onClick={() => deleteEntities(session.doc, [id], session.origin)}>
      Delete<span className="visually-hidden"> {name}</span>
    </button>
  );
}
