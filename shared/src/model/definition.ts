import type { Static, TObject } from '@sinclair/typebox';

/** A field of an entity that holds the id of another entity, for reference checks. */
export interface EntityReference {
  /** Where the id sits, e.g. `organisation` or `targets/2/milestone`. */
  path: string;
  id: string;
  /** The entity type the id must name. */
  type: string;
}

/**
 * Everything the model knows about one entity type. Methods (not arrow properties) keep the
 * definitions of all types assignable to `EntityDefinition` for the registry.
 */
export interface EntityDefinition<S extends TObject = TObject> {
  type: string;
  /** Human label for the UI, e.g. 'Stakeholder'. */
  label: string;
  /** The whole plain entity, `type` included. Objects are closed: unknown fields are refused. */
  schema: S;
  /** The field shown as the entity's name. */
  nameField: string;
  /** Fields stored as Y.Text (co-typed) rather than plain values. */
  textFields?: readonly string[];
  defaults(): Static<S>;
  /** Cross-field rules the schema cannot express. */
  check?(value: Static<S>): string[];
  references?(value: Static<S>): EntityReference[];
}

export interface LinkDefinition<S extends TObject = TObject> {
  type: string;
  label: string;
  /** The whole plain link, `type`, `from` and `to` included. */
  schema: S;
  /** Entity types allowed at each end; null means any. */
  fromTypes: readonly string[] | null;
  toTypes: readonly string[] | null;
  /** Fields other than type, from and to. */
  defaults(): Omit<Static<S>, 'type' | 'from' | 'to'>;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** The fields a caller gives when creating an entity: any subset, the rest take defaults. */
export type EntityFields<T> = Partial<Omit<T, 'type'>>;
