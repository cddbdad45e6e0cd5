import {
  findingSourceLabels,
  type ItemRow,
  itemStatusLabels,
  type TransitionKind,
} from '@bastion/rectification-contracts';
import { neutraliseCell } from '@bastion/platform-files';
// The ledger's headers and widths, as the 整改台账 has always printed them; a row's cells follow their order.
// (Not named after this file: Node would resolve `./ledger-columns` to the JSON before the TypeScript.)
import columns from './ledger-layout.json';

/** The dates the ledger shows for each item: when it last took each of these steps. */
export const LEDGER_STEPS = columns.steps as { kind: TransitionKind; header: string }[];

/** The ledger's columns (整改台账): the item, who answers for it, its state, then the date of each step. */
export const LEDGER_COLUMNS: { header: string; width: number }[] = [
  ...columns.items,
  ...LEDGER_STEPS.map((s) => ({ header: s.header, width: 12 })),
];

/**
 * One ledger row: the item's cells, then its step dates (YYYY-MM-DD, blank for a step not taken).
 * Texts typed by users (the problem, names) are neutralised, so none becomes a formula.
 */
export function ledgerRow(item: ItemRow, stepDates: Map<TransitionKind, string>): (string | number)[] {
  const cells: (string | number)[] = [
    item.number,
    item.batchTitle,
    findingSourceLabels[item.source].zh,
    item.problem,
    item.org.name,
    item.owner?.name ?? '',
    item.leader?.name ?? '',
    item.deadline ?? '',
    itemStatusLabels[item.status].zh,
    item.round,
    item.evidenceCount,
    item.closedOn ?? '',
    ...LEDGER_STEPS.map((s) => stepDates.get(s.kind) ?? ''),
  ];
  return cells.map(neutraliseCell);
}
