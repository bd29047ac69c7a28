import { ATTITUDE_LABELS, ENGAGEMENT_LABELS, SECTOR_LABELS } from '@roundtable/shared';

/** One column of the stakeholder register, shared by the CSV export and the CSV import. */
export interface StakeholderColumn {
  field: 'name' | 'organisation' | 'role' | 'sector' | 'power' | 'interest' | 'attitude' | 'currentEngagement' | 'desiredEngagement' | 'contactOwner' | 'notes';
  heading: string;
  /** Enum fields: stored value → words people read. Both are accepted on import. */
  labels?: Record<string, string>;
  numeric?: boolean;
}

export const STAKEHOLDER_COLUMNS: readonly StakeholderColumn[] = [
  { field: 'name', heading: 'Name' },
  { field: 'organisation', heading: 'Organisation' },
  { field: 'role', heading: 'Role' },
  { field: 'sector', heading: 'Sector', labels: SECTOR_LABELS },
  { field: 'power', heading: 'Power', numeric: true },
  { field: 'interest', heading: 'Interest', numeric: true },
  { field: 'attitude', heading: 'Attitude', labels: ATTITUDE_LABELS },
  { field: 'currentEngagement', heading: 'Current engagement', labels: ENGAGEMENT_LABELS },
  { field: 'desiredEngagement', heading: 'Desired engagement', labels: ENGAGEMENT_LABELS },
  { field: 'contactOwner', heading: 'Contact owner' },
  { field: 'notes', heading: 'Notes' },
];

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The column a CSV header names, by heading or field name, ignoring case, spaces and punctuation. */
export function columnForHeader(header: string): StakeholderColumn | undefined {
  const key = squash(header);
  return STAKEHOLDER_COLUMNS.find((column) => squash(column.heading) === key || squash(column.field) === key);
}

/** The stored value for a cell of an enum column: the value itself or its label, in any case. */
export function enumValue(column: StakeholderColumn, cell: string): string | undefined {
  const key = squash(cell);
  return Object.entries(column.labels ?? {}).find(([value, label]) => squash(value) === key || squash(label) === key)?.[0];
}
