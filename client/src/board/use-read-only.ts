import { useStoreSelector } from '../lib/use-store.ts';
import type { ConnectionProblem } from './close-problems.ts';
import type { BoardSession } from './board-session.ts';

const selectReadOnly = (problem: ConnectionProblem | null) => problem?.readOnly ?? false;

/** True once the board is gone or too new for this client: editing controls switch off. */
export function useReadOnly(session: BoardSession): boolean {
  return useStoreSelector(session.connection.problem, selectReadOnly);
}
