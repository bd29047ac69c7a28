import * as Y from 'yjs';

/** One contiguous replacement: remove `remove` UTF-16 units at `index`, then insert `insert` there. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The minimal change from `from` to `to` found by common prefix and suffix — exactly what one keystroke,
 * paste or cut in a textarea produces. Never splits a surrogate pair (Y.Text would mangle half an emoji).
 */
export function diffText(from: string, to: string): TextChange | null {
  if (from === to) return null;
  const max = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < max && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(from.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(from.charCodeAt(from.length - suffix))) suffix--;
  return { index: prefix, remove: from.length - prefix - suffix, insert: to.slice(prefix, to.length - suffix) };
}

/** Makes `ytext` read `target` with one delete + insert in one transaction, so concurrent edits elsewhere survive. */
export function applyTextChange(ytext: Y.Text, target: string, origin?: unknown): void {
  const change = diffText(ytext.toString(), target);
  if (!change) return;
  const apply = () => {
    if (change.remove > 0) ytext.delete(change.index, change.remove);
    if (change.insert) ytext.insert(change.index, change.insert);
  };
  if (ytext.doc) ytext.doc.transact(apply, origin);
  else apply();
}

type DeltaOp = { insert?: unknown; retain?: number; delete?: number };

/**
 * Where a caret index ends up after a (remote) Y.Text delta. Text inserted before the caret pushes it right;
 * text inserted exactly at the caret stays after it, unless it replaces text that ended at the caret (someone
 * retyped the word just before it); deleted text before the caret pulls it left.
 */
export function transformIndex(index: number, delta: readonly DeltaOp[]): number {
  let position = 0; // in the text before the change
  let shift = 0;
  let deletedUpTo = -1; // end of the deletion just before the current point, if any
  for (const op of delta) {
    if (op.retain !== undefined) {
      position += op.retain;
      deletedUpTo = -1;
    } else if (op.insert !== undefined) {
      if (position < index || (position === index && deletedUpTo === index)) {
        shift += typeof op.insert === 'string' ? op.insert.length : 1;
      }
    } else if (op.delete !== undefined) {
      if (position < index) shift -= Math.min(op.delete, index - position);
      position += op.delete;
      deletedUpTo = position;
    }
  }
  return Math.max(0, index + shift);
}
