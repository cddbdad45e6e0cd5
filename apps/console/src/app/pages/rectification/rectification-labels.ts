import type {
  BatchStatus,
  ItemActionType,
  ItemStatus,
  TransitionKind,
} from '@bastion/rectification-contracts';
import {
  batchStatusLabels,
  findingSourceLabels,
  findingSources,
  itemActionLabels,
  itemCategories,
  itemCategoryLabels,
  itemStatuses,
  itemStatusLabels,
  ladderRungLabels,
  seriousnessLabels,
} from '@bastion/rectification-contracts';
import type { MessageKey, TranslateService } from '@bastion/console-ui';

/** The contracts' `{ zh, en }` names, gathered for templates (shown through the `label` pipe). */
export const LABELS = {
  source: findingSourceLabels,
  category: itemCategoryLabels,
  seriousness: seriousnessLabels,
  status: itemStatusLabels,
  batchStatus: batchStatusLabels,
  action: itemActionLabels,
  rung: ladderRungLabels,
} as const;

export const SOURCES = findingSources;
export const CATEGORIES = itemCategories;
export const SERIOUSNESS = ['general', 'serious', 'very_serious'] as const;
export const STATUSES = itemStatuses;
export const LIGHTS = ['green', 'amber', 'red'] as const;

/** ng-zorro tag colours: the line runs from grey through blue to green; 移交 stands aside. */
export function statusColour(status: ItemStatus): string {
  const colours: Record<ItemStatus, string> = {
    registered: 'default',
    assigned: 'cyan',
    plan_approval: 'geekblue',
    in_progress: 'processing',
    acceptance: 'purple',
    closed: 'success',
    handed_over: 'magenta',
    terminated: 'red',
  };
  return colours[status];
}

export function batchStatusColour(status: BatchStatus): string {
  const colours: Record<BatchStatus, string> = {
    open: 'processing',
    signing: 'gold',
    signed: 'success',
    re_sign_required: 'error',
    closed: 'default',
  };
  return colours[status];
}

/** 剩余 5 天 / 今日到期 / 逾期 3 天; nothing for an item without a deadline or already closed. */
export function countdownText(i18n: TranslateService, daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft === 0) return i18n.t('rect.countdown.today');
  return daysLeft > 0
    ? i18n.t('rect.countdown.left', { n: daysLeft })
    : i18n.t('rect.countdown.overdue', { n: -daysLeft });
}

/** What moved an item, in words: an action's name, a ladder rung's, or a sign-off's outcome. */
export function transitionText(i18n: TranslateService, kind: TransitionKind): string {
  if (kind in itemActionLabels) return i18n.label(itemActionLabels[kind as ItemActionType]);
  if (kind in ladderRungLabels) return i18n.label(ladderRungLabels[kind as keyof typeof ladderRungLabels]);
  const key = `rect.transition.${kind}`;
  return i18n.has(key) ? i18n.t(key) : kind;
}

/** The dot of a timeline entry: green for steps forward, red for setbacks, orange for the ladder. */
export function transitionColour(kind: TransitionKind): string {
  const green: readonly TransitionKind[] = [
    'plan_approved',
    'accepted',
    'extension_approved',
    'fixed_on_spot',
  ];
  const red: readonly TransitionKind[] = [
    'plan_rejected',
    'acceptance_failed',
    'reopened',
    'accountability',
    'terminated',
  ];
  const orange: readonly TransitionKind[] = ['urge', 'warning', 'reminder', 'guidance', 'extension_rejected'];
  if (green.includes(kind)) return 'green';
  if (red.includes(kind)) return 'red';
  if (orange.includes(kind)) return 'orange';
  return 'blue';
}

/** The column keys a spreadsheet problem may name, in words where the console knows them. */
export function importColumnText(i18n: TranslateService, column: string): string {
  const key = `rect.column.${column}`;
  return i18n.has(key) ? i18n.t(key as MessageKey) : column;
}

/** The import's problems that quote the cell, as the service words them, and in Chinese. */
const IMPORT_PROBLEMS_ZH: readonly [RegExp, string][] = [
  [/^“(.+)” is not a category; use one of (.+)$/, '“$1”不是问题类别，可填：$2'],
  [/^“(.+)” is not a seriousness; use one of (.+)$/, '“$1”不是严重程度，可填：$2'],
  [/^“(.+)” is not a date \(YYYY-MM-DD\)$/, '“$1”不是日期（应为 YYYY-MM-DD）'],
  [/^“(.+)” is not the inspected organisation or one below it$/, '“$1”不是被检查单位或其下级组织'],
  [
    /^“(.+)” names (\d+) organisations under the inspected one$/,
    '被检查单位下有 $2 个组织名为“$1”，请写全称',
  ],
];

/** One problem of an import row in the user's language: the quoting ones by pattern, the rest as usual. */
export function importProblemText(i18n: TranslateService, problem: string): string {
  if (i18n.language() === 'zh-CN') {
    for (const [pattern, zh] of IMPORT_PROBLEMS_ZH)
      if (pattern.test(problem)) return problem.replace(pattern, zh);
  }
  return i18n.problem(problem);
}
