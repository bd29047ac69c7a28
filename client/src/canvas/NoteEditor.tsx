import { useCallback, useEffect, useLayoutEffect, useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { useBoardSession } from '../board/board-context.ts';
import { applyTextChange, transformIndex } from './text-diff.ts';
import { useYText } from './use-y-text.ts';

/**
 * A textarea bound to the note's Y.Text. Typing applies the minimal diff (common prefix/suffix) as one
 * delete + insert; a remote edit moves the caret by the same delta, so it stays next to the same words.
 */
export function NoteEditor({ id, ytext }: { id: string; ytext: Y.Text }) {
  const session = useBoardSession();
  const field = useRef<HTMLTextAreaElement>(null);
  const typing = useRef(false);
  const caret = useRef<[number, number] | null>(null);

  const beforeChange = useCallback((event: Y.YTextEvent) => {
    const element = field.current;
    if (typing.current || !element || document.activeElement !== element) return;
    caret.current = [transformIndex(element.selectionStart, event.delta), transformIndex(element.selectionEnd, event.delta)];
  }, []);
  const value = useYText(ytext, beforeChange);

  useLayoutEffect(() => {
    if (!caret.current || !field.current) return;
    field.current.setSelectionRange(caret.current[0], caret.current[1]);
    caret.current = null;
  });

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    typing.current = true;
    try {
      applyTextChange(ytext, event.target.value, session.origin);
    } finally {
      typing.current = false;
    }
  };

  const stop = () => {
    if (session.editing.getSnapshot() === id) session.editing.set(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      stop();
    }
  };

  return (
    <textarea
      ref={field}
      className="note__text note__editor nodrag nopan nowheel"
      data-testid="note-text"
      aria-label="Note text"
      value={value}
      onChange={onChange}
      onKeyDown={onKeyDown}
      onBlur={stop}
    />
  );
}
