import { useState, type FormEvent } from 'react';
import { createOrganisation, PLANNING_COLORS, type PlanningColor } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';

const colourLabel = (colour: string) => colour.charAt(0).toUpperCase() + colour.slice(1);

/** A small form to add a partner organisation with its colour on the map. */
export function AddOrganisationForm({ disabled }: { disabled: boolean }) {
  const session = useBoardSession();
  const [name, setName] = useState('');
  const [colour, setColour] = useState<PlanningColor>('blue');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const result = createOrganisation(session.doc, { name: name.trim(), color: colour }, session.origin);
    if (result.ok) setName('');
  };

  return (
    <form className="add-organisation" onSubmit={submit} aria-label="Add an organisation">
      <label htmlFor="new-organisation-name" className="visually-hidden">Organisation name</label>
      <input
        id="new-organisation-name"
        data-testid="new-organisation-name"
        placeholder="New organisation, e.g. Riverside NHS Trust"
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        disabled={disabled}
      />
      <label htmlFor="new-organisation-colour" className="visually-hidden">Colour on the map</label>
      <select
        id="new-organisation-colour"
        className="field-control add-organisation__colour"
        value={colour}
        onChange={(event) => setColour(event.target.value as PlanningColor)}
        disabled={disabled}
      >
        {PLANNING_COLORS.map((option) => <option key={option} value={option}>{colourLabel(option)}</option>)}
      </select>
      <button type="submit" className="button" data-testid="add-organisation" disabled={disabled || !name.trim()}>
        Add organisation
      </button>
    </form>
  );
}
