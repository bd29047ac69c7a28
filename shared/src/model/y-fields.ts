import { Value } from '@sinclair/typebox/value';
import * as Y from 'yjs';

/** A plain copy of a record stored as a Y.Map (Y.Text becomes its string); undefined if it is not a Y.Map. */
export function plainOf(value: unknown): Record<string, unknown> | undefined {
  return value instanceof Y.Map ? (value.toJSON() as Record<string, unknown>) : undefined;
}

/**
 * Writes plain values into a Y.Map, touching only fields whose value changed, so concurrent edits to
 * other fields survive. A field already holding Y.Text keeps its identity and only gets new content if
 * the text differs; a new field named in `textFields` becomes Y.Text. Call inside a transaction.
 */
export function setFields(map: Y.Map<unknown>, values: Record<string, unknown>, textFields: readonly string[] = []) {
  for (const [key, value] of Object.entries(values)) {
    const current = map.get(key);
    if (current instanceof Y.Text && typeof value === 'string') {
      if (current.toString() !== value) {
        current.delete(0, current.length);
        current.insert(0, value);
      }
    } else if (textFields.includes(key) && typeof value === 'string') {
      map.set(key, new Y.Text(value));
    } else if (!(map.has(key) && Value.Equal(current instanceof Y.AbstractType ? current.toJSON() : current, value))) {
      map.set(key, Value.Clone(value));
    }
  }
}
