import { SECTOR_LABELS, SECTORS, type Sector } from '@roundtable/shared';
import { displayName, NO_ORGANISATION, type StakeholderFilter } from './stakeholder-facts.ts';
import type { Organisation } from '@roundtable/shared';

interface Props {
  filter: StakeholderFilter;
  organisations: { id: string; organisation: Organisation }[];
  onChange(filter: StakeholderFilter): void;
}

/** Narrows the map and the register to one organisation and/or one sector (this screen only). */
export function StakeholderFilters({ filter, organisations, onChange }: Props) {
  return (
    <div className="stakeholder-filters" role="group" aria-label="Filter stakeholders">
      <label>
        Organisation{' '}
        <select
          className="field-control"
          data-testid="filter-organisation"
          value={filter.organisation}
          onChange={(event) => onChange({ ...filter, organisation: event.target.value })}
        >
          <option value="all">All organisations</option>
          {organisations.map(({ id, organisation }) => (
            <option key={id} value={id}>{displayName(organisation.name, 'Unnamed organisation')}</option>
          ))}
          <option value={NO_ORGANISATION}>No organisation</option>
        </select>
      </label>
      <label>
        Sector{' '}
        <select
          className="field-control"
          data-testid="filter-sector"
          value={filter.sector}
          onChange={(event) => onChange({ ...filter, sector: event.target.value as Sector | 'all' })}
        >
          <option value="all">All sectors</option>
          {SECTORS.map((sector) => <option key={sector} value={sector}>{SECTOR_LABELS[sector]}</option>)}
        </select>
      </label>
    </div>
  );
}
