import { Column, JoinColumn, ManyToOne, type ObjectType, PrimaryColumn } from 'typeorm';

type AbstractClass<T = object> = abstract new () => T;

/** The columns a row keeps of the row it belongs to: `<relation>Id` and the relation itself. */
export type BelongsTo<R extends string, P> = { [K in `${R}Id`]: string } & { [K in R]?: P };

/** How a row belongs to its parent. */
export interface BelongsToOptions<B extends AbstractClass> {
  /** What deleting the parent does to it; the database's default (`NO ACTION`) unless named. */
  onDelete?: 'CASCADE' | 'RESTRICT';
  /** The key is (the first part of) the row's primary key: an entry of a record, a record's own row. */
  primary?: boolean;
  /** The columns the row has besides (a terminable row, a dated record about a person). */
  base?: B;
}

class NoColumns {}

/**
 * The key of a row of `table` to the row it belongs to, named after the relation the way every
 * service's schema names it: `relation` (`case`) is the relation, `caseId` the uuid column
 * `case_id`, kept by the foreign key `<table>_case_fk` (a relation `parentRow`: `parent_row_id`,
 * `<table>_parent_row_fk`). An entity extends what this returns and
 * declares the rest of its columns.
 */
export function belongsTo<R extends string, P, B extends AbstractClass = typeof NoColumns>(
  table: string,
  relation: R,
  parent: () => ObjectType<P>,
  options: BelongsToOptions<B> = {},
): AbstractClass<BelongsTo<R, P> & InstanceType<B>> {
  const Base = (options.base ?? NoColumns) as AbstractClass;
  abstract class Child extends Base {}
  const named = relation.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const column = `${named}_id`;
  const key = options.primary ? PrimaryColumn : Column;
  key('uuid', { name: column })(Child.prototype, `${relation}Id`);
  ManyToOne(parent, options.onDelete ? { onDelete: options.onDelete } : {})(Child.prototype, relation);
  JoinColumn({ name: column, foreignKeyConstraintName: `${table}_${named}_fk` })(Child.prototype, relation);
  return Child as unknown as AbstractClass<BelongsTo<R, P> & InstanceType<B>>;
}
