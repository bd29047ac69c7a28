import type { ReactNode } from 'react';
import { SECTOR_LABELS, SECTORS, type Organisation, type Sector } from '@roundtable/shared';
import { displayName, NO_ORGANISATION, type StakeholderFilter } from './stakeholder-facts.ts';

interface Props {
  filter: StakeholderFilter;
  organisations: { id: string; organisation: Organisation }[];
  onChange(filter: StakeholderFilter): void;
}

function FilterSelect({ label, testId, value, onChange, children }: { label: string; testId: string; value: string; onChange(value: string): void; children: ReactNode }) {
  return (
    <label>
      {label}{' '}
      <select className="field-control" data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </label>
  );
}

/** Narrows the map and the register to one organisation and/or one sector (this screen only). */
export function StakeholderFilters({ filter, organisations, onChange }: Props) {
  return (
    <div className="stakeholder-filters" role="group" aria-label="Filter stakeholders">
      <FilterSelect label="Organisation" testId="filter-organisation" value={filter.organisation} onChange={(organisation) => onChange({ ...filter, organisation })}>
        <option value="all">All organisations</option>
        {organisations.map(({ id, organisation }) => (
          <option key={id} value={id}>{displayName(organisation.name, 'Unnamed organisation')}</option>
        ))}
        <option value={NO_ORGANISATION}>No organisation</option>
      </FilterSelect>
      <FilterSelect label="Sector" testId="filter-sector" value={filter.sector} onChange={(sector) => onChange({ ...filter, sector: sector as Sector | 'all' })}>
        <option value="all">All sectors</option>
        {SECTORS.map((sector) => <option key={sector} value={sector}>{SECTOR_LABELS[sector]}</option>)}
      </FilterSelect>
    </div>
  );
}
