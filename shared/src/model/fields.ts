import { FormatRegistry, Type, type TLiteral, type TUnion } from '@sinclair/typebox';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../limits.ts';
import { isIsoDate } from './dates.ts';

// A named format rather than only a pattern, so that '2025-02-30' is refused too.
const DATE_FORMAT = 'roundtable-date';
if (!FormatRegistry.Has(DATE_FORMAT)) FormatRegistry.Set(DATE_FORMAT, isIsoDate);

/** One of a fixed list of machine values, e.g. `Enum(['low', 'high'])`. */
export function Enum<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((value) => Type.Literal(value)));
}

export const EntityId = Type.String({ minLength: 1, maxLength: 64 });
/** The id of another entity, or null for none. */
export const EntityRef = Type.Union([EntityId, Type.Null()]);
export const Name = Type.String({ maxLength: MAX_NAME_LENGTH });
export const LongText = Type.String({ maxLength: MAX_TEXT_LENGTH });
export const IsoDate = Type.String({ format: DATE_FORMAT, pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const OptionalDate = Type.Union([IsoDate, Type.Null()]);
export const OptionalNumber = Type.Union([Type.Number(), Type.Null()]);

/** Colours for organisations and workstreams: names, so the client picks accessible shades per theme. */
export const PLANNING_COLORS = ['blue', 'teal', 'green', 'yellow', 'orange', 'red', 'pink', 'purple', 'grey'] as const;
export type PlanningColor = (typeof PLANNING_COLORS)[number];
export const PlanningColor = Enum(PLANNING_COLORS);

/** Dot votes recorded on a card at the end of a voting round (see shared/src/voting.ts); absent until then. */
export const DotVotes = Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 }));
