import {
  findingSourceLabels,
  type ItemRow,
  itemStatusLabels,
  type TransitionKind,
} from '@bastion/rectification-contracts';
import { neutraliseCell } from '@bastion/platform-files';

/** The dates the ledger shows for each item: when it last took each of these steps. */
export const LEDGER_STEPS: { kind: TransitionKind; header: string }[] = [
  { kind: 'registered', header: '立项日期' },
  { kind: 'fixed_on_spot', header: '立行立改日期' },
  { kind: 'assign', header: '交办日期' },
  { kind: 'submit_plan', header: '提交方案日期' },
  { kind: 'plan_approved', header: '方案批准日期' },
  { kind: 'extension_approved', header: '延期批准日期' },
  { kind: 'submit_acceptance', header: '提交验收日期' },
  { kind: 'acceptance_failed', header: '验收未通过日期' },
  { kind: 'accepted', header: '验收通过日期' },
  { kind: 'hand_over', header: '移交日期' },
  { kind: 'look_back', header: '回头看日期' },
  { kind: 'reopened', header: '重开日期' },
];

/** The ledger's columns (整改台账): the item, who answers for it, its state, then the date of each step. */
export const LEDGER_COLUMNS: { header: string; width: number }[] = [
  { header: '编号', width: 16 },
  { header: '批次', width: 24 },
  { header: '来源', width: 12 },
  { header: '问题', width: 48 },
  { header: '责任单位', width: 24 },
  { header: '责任人', width: 10 },
  { header: '分管领导', width: 10 },
  { header: '整改时限', width: 12 },
  { header: '状态', width: 10 },
  { header: '整改轮次', width: 8 },
  { header: '佐证材料数', width: 10 },
  { header: '销号日期', width: 12 },
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
