import { useBoardSession } from '../board/board-context.ts';
import { facilitationFor, type Facilitation } from './facilitation.ts';

export function useFacilitation(): Facilitation {
  return facilitationFor(useBoardSession());
}
