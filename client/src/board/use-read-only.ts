import { canEditBoard } from '@roundtable/shared';
import { useStore } from '../lib/use-store.ts';
import type { BoardSession } from './board-session.ts';

/**
 * True while this browser may not edit: its role does not allow it in the board's mode (viewer, locked,
 * archived), or the board is gone or too new for this client. Editing controls switch off.
 */
export function useReadOnly(session: BoardSession): boolean {
  const problem = useStore(session.connection.problem);
  const { role, mode } = useStore(session.access);
  return (problem?.readOnly ?? false) || !canEditBoard(role, mode);
}
