import { entityName, type Plan } from '@roundtable/shared';
import { CommitField } from './CommitField.tsx';
import type { FieldSpec } from './field-specs.ts';
import { fromInputValue, toInputValue } from './field-values.ts';

interface Props {
  spec: FieldSpec;
  value: unknown;
  plan: Plan;
  /** Id of the control, for its <label>. */
  id: string;
  disabled: boolean;
  onChange(value: unknown): void;
  testId?: string;
  /** An accessible name when there is no <label> (a table cell). */
  label?: string;
}

/** The form control for one field of any entity type: text, number with its range, date, or a select. */
export function FieldControl({ spec, value, plan, id, disabled, onChange, testId, label }: Props) {
  const text = toInputValue(value);
  const commit = (next: string) => {
    const parsed = fromInputValue(spec, next);
    if (parsed !== undefined) onChange(parsed);
  };
  const common = { id, disabled, 'data-testid': testId, 'aria-label': label };

  switch (spec.kind) {
    case 'enum':
    case 'reference': {
      const options = selectOptions(spec, plan);
      // A reference to a deleted entity reads as none.
      const shown = options.some((option) => option.value === text) ? text : '';
      return (
        <select {...common} className="field-control" value={shown} onChange={(e) => commit(e.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      );
    }
    case 'number':
      return (
        <CommitField
          {...common} type="number" inputMode="decimal" className="field-control" value={text} onCommit={commit}
          min={spec.min} max={spec.max} step={spec.integer ? 1 : 'any'}
        />
      );
    case 'date':
      return <CommitField {...common} type="date" className="field-control" value={text} onCommit={commit} />;
    case 'text':
      return (
        <CommitField
          {...common} className="field-control" value={text} onCommit={commit} maxLength={spec.maxLength}
          multiline={spec.long} rows={spec.long ? 4 : undefined}
        />
      );
  }
}

function selectOptions(spec: FieldSpec, plan: Plan): { value: string; label: string }[] {
  if (spec.kind === 'enum') return spec.options;
  if (spec.kind !== 'reference') return [];
  const options: { value: string; label: string }[] = [];
  for (const [id, entity] of plan.entities) {
    if (entity.type === spec.refType) options.push({ value: id, label: entityName(entity).trim() || 'Untitled' });
  }
  options.sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: '', label: 'None' }, ...options];
}
