import type { FindingSource, ItemStatus, TrafficLight } from '@bastion/rectification-contracts';
import { type FilterField, lightStyle } from '@bastion/console-ui';
import { LABELS, LIGHTS, SOURCES, STATUSES } from '../rectification-labels';

/** The filter of items and batches by where the findings came from. */
export function sourceFilter(testId: string, width: string): FilterField {
  return {
    key: 'source',
    kind: 'select',
    label: 'rect.filter.source',
    options: SOURCES,
    text: (source: FindingSource) => LABELS.source[source],
    testId,
    width,
  };
}

/** The item lists' filters, in the order the bar shows them; the batch is the page's own picker. */
export const ITEM_FILTER_FIELDS: readonly FilterField[] = [
  { key: 'q', kind: 'search', label: 'rect.items.searchPlaceholder', testId: 'items-search', width: '280px' },
  { key: 'batchId', kind: 'slot' },
  sourceFilter('items-source', '180px'),
  { key: 'orgId', kind: 'org', label: 'rect.filter.org', testId: 'items-org', width: '240px' },
  { key: 'ownerId', kind: 'person', label: 'rect.filter.owner', testId: 'items-owner', width: '180px' },
  { key: 'leaderId', kind: 'person', label: 'rect.filter.leader', testId: 'items-leader', width: '180px' },
  {
    key: 'status',
    kind: 'select',
    label: 'rect.filter.status',
    options: STATUSES,
    text: (status: ItemStatus) => LABELS.status[status],
    testId: 'items-status',
    width: '180px',
  },
  {
    key: 'light',
    kind: 'select',
    label: 'rect.filter.light',
    options: LIGHTS,
    text: (light: TrafficLight) => lightStyle(light).label,
    testId: 'items-light',
    width: '180px',
  },
  {
    key: 'dueFrom',
    kind: 'range',
    label: 'rect.filter.dueFrom',
    to: { key: 'dueTo', label: 'rect.filter.dueTo' },
    testId: 'items-due',
  },
  { key: 'reopened', kind: 'check', label: 'rect.filter.reopened', testId: 'items-reopened' },
  { key: 'namedSupervision', kind: 'check', label: 'rect.filter.named', testId: 'items-named' },
];
