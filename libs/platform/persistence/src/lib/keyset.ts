import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from '@bastion/shared-contracts';
import { composedText } from '@bastion/messages';
import { ValidationError } from '@bastion/platform-http';

export class InvalidCursorError extends ValidationError {
  constructor() {
    super(
      [{ field: 'cursor', problem: 'is not a cursor this list gave out' }],
      composedText('refusal.bad_cursor'),
    );
  }
}

type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const ok =
    Array.isArray(values) &&
    values.length === arity &&
    values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!ok) throw new InvalidCursorError();
  return values as CursorValue[];
}

export interface KeysetOrder<T> {
  /** SQL expressions in sort order; the last must be unique (the id) so the order is total. */
  columns: string[];
  direction: 'asc' | 'desc';
  /** The values of `columns` for a row, in the same order, to build the next cursor. */
  keyOf: (row: T) => CursorValue[];
}

/**
 * The order of most lists: by one column (`alias.column`), then by the row's id, which makes it
 * total. A date key goes into the cursor as ISO text.
 */
export function thenById<T extends { id: string }>(
  column: string,
  direction: 'asc' | 'desc',
  key: (row: T) => CursorValue | Date,
): KeysetOrder<T> {
  const alias = column.slice(0, column.indexOf('.'));
  return {
    columns: [column, `${alias}.id`],
    direction,
    keyOf: (row) => {
      const value = key(row);
      return [value instanceof Date ? value.toISOString() : value, row.id];
    },
  };
}

/**
 * One page of a filtered query, ordered by a row-value comparison so that page 1,000 costs what
 * page 1 does. `total` counts every row matching the filters.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  page: { limit: number; cursor?: string },
  /** The number of matching rows when the caller already knows it (counting is the costly part of a big list). */
  knownTotal?: number,
): Promise<Page<T>> {
  const total = knownTotal ?? (await query.clone().getCount());
  const paged = query.clone();
  const tuple = `(${order.columns.join(', ')})`;
  if (page.cursor) {
    const values = decodeCursor(page.cursor, order.columns.length);
    const params = Object.fromEntries(values.map((v, i) => [`keyset_${i}`, v]));
    const placeholders = values.map((_, i) => `:keyset_${i}`).join(', ');
    paged.andWhere(`${tuple} ${order.direction === 'asc' ? '>' : '<'} (${placeholders})`, params);
  }
  const dir = order.direction === 'asc' ? 'ASC' : 'DESC';
  paged.orderBy(order.columns[0], dir);
  for (const column of order.columns.slice(1)) paged.addOrderBy(column, dir);
  const rows = await paged.limit(page.limit + 1).getMany();
  const hasMore = rows.length > page.limit;
  const items = hasMore ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { items, total, nextCursor: hasMore && last ? encodeCursor(order.keyOf(last)) : null };
}

/** Escapes LIKE wildcards in user search text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
