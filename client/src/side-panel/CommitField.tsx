import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'value' | 'onChange' | 'onFocus' | 'onBlur'> & {
  /** The stored value, live from the document. */
  value: string;
  /** Called once per edit (on leaving the field or pressing Enter), only when the text changed. */
  onCommit(text: string): void;
  multiline?: boolean;
  rows?: number;
};

/**
 * A text, number or date control that shows the live value from the document and, while someone types,
 * their local draft; the draft is written as one change when they leave the field or press Enter.
 * Escape puts the stored value back.
 */
export function CommitField({ value, onCommit, multiline = false, rows, onKeyDown, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement & HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.key === 'Escape' && draft !== null && draft !== value) {
      event.stopPropagation();
      setDraft(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };

  const shared = {
    ...rest,
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onBlur: commit,
    onKeyDown: keyDown,
  };
  return multiline
    ? <textarea {...shared} rows={rows} onChange={(e) => setDraft(e.target.value)} />
    : <input {...shared} onChange={(e) => setDraft(e.target.value)} />;
}
