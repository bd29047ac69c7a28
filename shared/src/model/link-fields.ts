import { Type, type TLiteral, type TObject, type TProperties, type TString } from '@sinclair/typebox';
import { EntityId } from './fields.ts';

/** The closed schema of a link: its type, the ids at both ends, and its own fields. */
export function linkSchema<T extends string, P extends TProperties>(type: T, fields: P) {
  return Type.Object({ type: Type.Literal(type), from: EntityId, to: EntityId, ...fields }, { additionalProperties: false }) as TObject<
    { type: TLiteral<T>; from: TString; to: TString } & P
  >;
}
