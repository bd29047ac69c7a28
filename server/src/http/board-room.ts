import { NewerSchemaError, type Room } from '../sync/room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { HttpError } from './errors.ts';

/**
 * Runs `work` on a board's live room for a REST route (see Rooms.use); a board saved by a newer Roundtable is
 * answered 409 and left untouched.
 */
export async function onBoardRoom<T>(rooms: Rooms, id: string, work: (room: Room) => T | Promise<T>): Promise<T> {
  try {
    return await rooms.use(id, work);
  } catch (err) {
    if (err instanceof NewerSchemaError) throw new HttpError(409, 'newer_schema', 'This board was saved by a newer Roundtable.');
    throw err;
  }
}
