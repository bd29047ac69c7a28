import {
  ACTIVITY_STATUS_LABELS, ATTITUDE_LABELS, ENGAGEMENT_LABELS, entityDefinition, KPI_KIND_LABELS, MAX_TEXT_LENGTH,
  MILESTONE_STATUS_LABELS, PHASE_LABELS, RISK_STATUS_LABELS, SECTOR_LABELS,
} from '@roundtable/shared';

/** How the side panel edits one field, derived from the entity type's schema so every type gets a form. */
export type FieldSpec = { name: string; label: string } & (
  | { kind: 'text'; long: boolean; maxLength: number | undefined }
  | { kind: 'number'; min: number | undefined; max: number | undefined; integer: boolean; nullable: boolean }
  | { kind: 'date'; nullable: boolean }
  | { kind: 'enum'; options: { value: string; label: string }[] }
  | { kind: 'reference'; refType: string }
);

interface JsonSchema {
  type?: string;
  const?: unknown;
  anyOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

const ENUM_LABELS: Record<string, string>[] = [
  SECTOR_LABELS, ATTITUDE_LABELS, ENGAGEMENT_LABELS, PHASE_LABELS, MILESTONE_STATUS_LABELS, ACTIVITY_STATUS_LABELS,
  RISK_STATUS_LABELS, KPI_KIND_LABELS,
];

/** The editable fields of an entity type, in schema order. Lists (a KPI's targets) are left to their own view. */
export function fieldSpecs(type: string): FieldSpec[] {
  const definition = entityDefinition(type);
  if (!definition) return [];
  const properties = (definition.schema as { properties: Record<string, JsonSchema> }).properties;
  const specs: FieldSpec[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    // Dot votes are recorded by a voting round and shown beside the fields, not typed in.
    if (name === 'type' || name === 'votes') continue;
    const spec = specFor(name, schema, () => referenceType(type, name));
    if (spec) specs.push({ name, label: fieldLabel(name), ...spec } as FieldSpec);
  }
  return specs;
}

type KindSpec = DistributiveOmit<FieldSpec, 'name' | 'label'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

function specFor(name: string, schema: JsonSchema, refType: () => string | undefined): KindSpec | null {
  const options = schema.anyOf?.filter((option) => option.type !== 'null') ?? [schema];
  const nullable = (schema.anyOf?.length ?? 0) > options.length;
  if (options.length > 1 && options.every((option) => typeof option.const === 'string')) {
    return { kind: 'enum', options: enumOptions(options.map((option) => option.const as string)) };
  }
  const [only] = options;
  if (options.length !== 1 || !only) return null;
  if (only.type === 'number' || only.type === 'integer') {
    return { kind: 'number', min: only.minimum, max: only.maximum, integer: only.type === 'integer', nullable };
  }
  if (only.type !== 'string') return null;
  if (only.format) return { kind: 'date', nullable };
  if (nullable) {
    const type = refType();
    return type ? { kind: 'reference', refType: type } : null;
  }
  return { kind: 'text', long: only.maxLength === MAX_TEXT_LENGTH, maxLength: only.maxLength };
}

/** The type a reference field must name, asked of the definition with a placeholder id. */
function referenceType(type: string, name: string): string | undefined {
  const definition = entityDefinition(type)!;
  const probe = { ...(definition.defaults() as Record<string, unknown>), [name]: 'probe' };
  return definition.references?.(probe as never).find((reference) => reference.path === name)?.type;
}

function enumOptions(values: string[]): { value: string; label: string }[] {
  const labels = ENUM_LABELS.find((map) => values.length === Object.keys(map).length && values.every((v) => v in map));
  return values.map((value) => ({ value, label: labels?.[value] ?? sentence(value) }));
}

/** Field names are American English in the document; labels use the spelling people here expect. */
const LABEL_OVERRIDES: Record<string, string> = { color: 'Colour' };

/** `currentEngagement` → "Current engagement". */
export function fieldLabel(name: string): string {
  return LABEL_OVERRIDES[name] ?? sentence(name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/-/g, ' ');
