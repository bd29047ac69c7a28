import { useState, type ChangeEvent } from 'react';
import { MAX_NAME_LENGTH } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';

/** Labelled inline controls for table cells. Each writes through `onChange`; one spell of typing is one undo step. */
interface FieldProps<T> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  name?: string;
}

function useTypingGesture() {
  const session = useBoardSession();
  return { onFocus: () => session.undo.beginGesture(), onBlur: () => session.undo.endGesture() };
}

export function TextField({ label, value, onChange, disabled, name, multiline, maxLength = MAX_NAME_LENGTH }: FieldProps<string> & { multiline?: boolean; maxLength?: number }) {
  const gesture = useTypingGesture();
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  const common = { 'aria-label': label, value, name, disabled, maxLength, onChange: change, className: 'inline-field', ...gesture };
  return multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />;
}

export function SelectField<T extends string>({ label, value, onChange, disabled, name, options }: FieldProps<T> & { options: readonly (readonly [T, string])[] }) {
  return (
    <select aria-label={label} name={name} value={value} disabled={disabled} className="inline-field" onChange={(e) => onChange(e.target.value as T)}>
      {options.map(([option, text]) => (
        <option key={option} value={option}>{text}</option>
      ))}
    </select>
  );
}

const parseNumber = (text: string): number | null | undefined => {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
};

/**
 * A number or "not set" (empty). The half-typed text ("1.", "-") is local while the field has focus; the value is
 * written when it parses, and the field shows the board's value again when it loses focus.
 */
export function NumberField({ label, value, onChange, disabled, name }: FieldProps<number | null>) {
  const [draft, setDraft] = useState<string | null>(null);
  const gesture = useTypingGesture();
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value);
    const parsed = parseNumber(event.target.value);
    if (parsed !== undefined) onChange(parsed);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      name={name}
      disabled={disabled}
      className="inline-field inline-field--number"
      value={draft ?? (value === null ? '' : String(value))}
      onChange={change}
      onFocus={() => { setDraft(value === null ? '' : String(value)); gesture.onFocus(); }}
      onBlur={() => { setDraft(null); gesture.onBlur(); }}
    />
  );
}

/** A choice between numbers, e.g. a 1–5 rating. */
export function NumberSelect({ options, value, onChange, ...rest }: FieldProps<number> & { options: readonly (readonly [string, string])[] }) {
  return <SelectField {...rest} value={String(value)} options={options} onChange={(text) => onChange(Number(text))} />;
}
