import { z } from 'zod';
import { idSchema } from './primitives';
import { line } from './text';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Keyset pagination: the cursor is opaque to clients (it encodes the sort key and id of the last
 * row served), so deep pages cost the same as the first one.
 */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: line.max(512).optional(),
  q: line.trim().max(100).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** A page of a list that may be narrowed to an organisation and everything under it (`orgId`). */
export const orgPageQuerySchema = pageQuerySchema.extend({ orgId: idSchema.optional() });
export type OrgPageQuery = z.infer<typeof orgPageQuerySchema>;

export const sortDirectionSchema = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof sortDirectionSchema>;

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Rows matching the filters, all pages together. */
  total: number;
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: line.nullable(), total: z.number().int() });
