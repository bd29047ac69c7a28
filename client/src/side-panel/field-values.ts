import type { FieldSpec } from './field-specs.ts';

/** A field's stored value as the text of its form control ('' for "not set"). */
export function toInputValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * The value to store for what was typed, or `undefined` when it cannot be stored (an empty required number,
 * one out of range): the control then shows the stored value again.
 */
export function fromInputValue(spec: FieldSpec, text: string): unknown {
  switch (spec.kind) {
    case 'text':
    case 'enum':
      return text;
    case 'reference':
      return text === '' ? null : text;
    case 'date':
      return text === '' ? (spec.nullable ? null : undefined) : text;
    case 'number': {
      if (text.trim() === '') return spec.nullable ? null : undefined;
      const value = Number(text);
      if (!Number.isFinite(value) || (spec.integer && !Number.isInteger(value))) return undefined;
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return undefined;
      return value;
    }
  }
}
