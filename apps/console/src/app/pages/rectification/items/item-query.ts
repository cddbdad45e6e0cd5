import type { FindingSource, ItemListView, ItemStatus, TrafficLight } from '@bastion/rectification-contracts';
import { findingSources, itemStatuses } from '@bastion/rectification-contracts';
import { type CountParams, fromLocalDate, type ItemParams, toLocalDate } from '@bastion/console-ui';

export const ITEM_VIEWS: readonly ItemListView[] = ['task', 'problem', 'responsibility'];
const LIGHTS: readonly TrafficLight[] = ['green', 'amber', 'red'];

/** The filters of the item lists, as the page holds them; the counts and the export take the same. */
export interface ItemFilters {
  q: string;
  batchId: string | null;
  source: FindingSource | null;
  /** The organisation and its whole subtree. */
  orgId: string | null;
  ownerId: string | null;
  leaderId: string | null;
  status: ItemStatus | null;
  light: TrafficLight | null;
  /** Only reopened items; unchecked means no filter, not “not reopened”. */
  reopened: boolean;
  namedSupervision: boolean;
  /** The due window, inclusive, as days picked in the browser. */
  dueFrom: Date | null;
  dueTo: Date | null;
}

export const NO_FILTERS: ItemFilters = {
  q: '',
  batchId: null,
  source: null,
  orgId: null,
  ownerId: null,
  leaderId: null,
  status: null,
  light: null,
  reopened: false,
  namedSupervision: false,
  dueFrom: null,
  dueTo: null,
};

/** The query string of the counts and the ledger export: the filters that are set, and no others. */
export function countQuery(filters: ItemFilters): CountParams {
  const query: CountParams = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.batchId) query.batchId = filters.batchId;
  if (filters.source) query.source = filters.source;
  if (filters.orgId) query.orgId = filters.orgId;
  if (filters.ownerId) query.ownerId = filters.ownerId;
  if (filters.leaderId) query.leaderId = filters.leaderId;
  if (filters.status) query.status = filters.status;
  if (filters.light) query.light = filters.light;
  if (filters.reopened) query.reopened = 'true';
  if (filters.namedSupervision) query.namedSupervision = 'true';
  const dueFrom = toLocalDate(filters.dueFrom);
  const dueTo = toLocalDate(filters.dueTo);
  if (dueFrom) query.dueFrom = dueFrom;
  if (dueTo) query.dueTo = dueTo;
  return query;
}

/** The query string of one page of a list: its view, the filters, the page size and the cursor. */
export function listQuery(
  view: ItemListView,
  filters: ItemFilters,
  page: { limit: number; cursor: string | null },
): ItemParams {
  const query: ItemParams = { view, ...countQuery(filters), limit: page.limit };
  if (page.cursor) query.cursor = page.cursor;
  return query;
}

/** Whether any filter narrows the list, so an empty one says “nothing matches” rather than “no items yet”. */
export function isFiltered(filters: ItemFilters): boolean {
  return Object.keys(countQuery(filters)).length > 0;
}

/**
 * The filters an address carries (`/rectification/items?batchId=…&light=red`), so the batch
 * page, the board and a bookmark can open the lists already narrowed. Unknown values are ignored.
 * People and organisations stay out of the address: their pickers need names, not bare ids.
 */
export function filtersFromParams(params: Readonly<Record<string, string | undefined>>): ItemFilters {
  const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | null =>
    values.includes(value as T) ? (value as T) : null;
  return {
    ...NO_FILTERS,
    q: params['q'] ?? '',
    batchId: params['batchId'] || null,
    source: oneOf(findingSources, params['source']),
    status: oneOf(itemStatuses, params['status']),
    light: oneOf(LIGHTS, params['light']),
    reopened: params['reopened'] === 'true',
    namedSupervision: params['namedSupervision'] === 'true',
    dueFrom: fromLocalDate(params['dueFrom']),
    dueTo: fromLocalDate(params['dueTo']),
  };
}

export function viewFromParam(value: string | undefined): ItemListView {
  return ITEM_VIEWS.includes(value as ItemListView) ? (value as ItemListView) : 'task';
}

/** The part of the filters that goes into the address, the inverse of `filtersFromParams`. */
export function filtersToParams(view: ItemListView, filters: ItemFilters): Record<string, string | null> {
  const query = countQuery(filters);
  return {
    view: view === 'task' ? null : view,
    q: query.q ?? null,
    batchId: query.batchId ?? null,
    source: query.source ?? null,
    status: query.status ?? null,
    light: query.light ?? null,
    reopened: query.reopened ?? null,
    namedSupervision: query.namedSupervision ?? null,
    dueFrom: query.dueFrom ?? null,
    dueTo: query.dueTo ?? null,
  };
}
