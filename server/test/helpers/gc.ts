import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full garbage collection, for tests about what stays in memory. */
export const collectGarbage = runInNewContext('gc') as () => void;
