import type { Organisation } from '@roundtable/shared';
import { displayName } from './stakeholder-facts.ts';

interface Props {
  organisations: { id: string; organisation: Organisation }[];
  onOpen(id: string): void;
}

/** Which colour is which organisation; choosing one opens it in the side panel to rename or recolour it. */
export function OrganisationLegend({ organisations, onOpen }: Props) {
  if (organisations.length === 0) return null;
  return (
    <ul className="organisation-legend" aria-label="Organisations">
      {organisations.map(({ id, organisation }) => (
        <li key={id}>
          <button
            type="button"
            className={`organisation-legend__item org-colour--${organisation.color}`}
            data-testid="organisation-chip"
            data-entity-id={id}
            onClick={() => onOpen(id)}
          >
            <span className="organisation-legend__swatch" aria-hidden="true" />
            {displayName(organisation.name, 'Unnamed organisation')}
          </button>
        </li>
      ))}
    </ul>
  );
}
