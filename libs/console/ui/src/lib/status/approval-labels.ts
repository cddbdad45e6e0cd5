import type {
  AssigneeRule,
  OrgAnchor,
  Procedure,
  RequestStatus,
  StageMode,
  StageView,
  TaskView,
} from '@bastion/approvals-contracts';
import type { MessageKey } from '../i18n/messages.zh-cn';
import type { TranslateService } from '../i18n/translate.service';

export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'running',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
  'expired',
  'no_assignee',
  'terminated',
];

export const PROCEDURES: readonly Procedure[] = ['general', 'rectification', 'development', 'reform'];

export const statusLabel = (status: RequestStatus): MessageKey => `status.${status}`;

/** ng-zorro tag colours: running blue, back with the submitter orange, the outcomes by their sense. */
export function statusColour(status: RequestStatus): string {
  const colours: Record<RequestStatus, string> = {
    running: 'processing',
    returned: 'warning',
    approved: 'success',
    rejected: 'error',
    withdrawn: 'default',
    expired: 'magenta',
    no_assignee: 'volcano',
    terminated: 'red',
  };
  return colours[status];
}

export const procedureLabel = (procedure: Procedure): MessageKey => `procedure.${procedure}`;

export const stageStatusLabel = (status: StageView['status']): MessageKey => `stage.status.${status}`;

export const taskStatusLabel = (status: TaskView['status']): MessageKey => `task.status.${status}`;

/** A ledger action or close reason in words; one the console does not know yet shows as the service wrote it. */
export function actionText(i18n: TranslateService, action: string): string {
  const key = `action.${action}`;
  return i18n.has(key) ? i18n.t(key) : action;
}

export function closeReasonText(i18n: TranslateService, reason: string | null): string {
  if (!reason) return '';
  const key = `task.closed.${reason}`;
  return i18n.has(key) ? i18n.t(key) : reason;
}

/** 依次 / 会签 / 或签 / at least k of n / p% of n. */
export function modeText(i18n: TranslateService, mode: StageMode): string {
  if (mode.kind !== 'share') return i18n.t(`mode.${mode.kind}`);
  return mode.atLeast !== undefined
    ? i18n.t('mode.shareAtLeast', { k: mode.atLeast })
    : i18n.t('mode.sharePercent', { p: mode.percent ?? 0 });
}

export function anchorText(i18n: TranslateService, anchor: OrgAnchor): string {
  switch (anchor.kind) {
    case 'org':
      return anchor.name ?? i18n.t('anchor.fixedOrg');
    case 'approving_committee':
      return i18n.t('anchor.approvingCommittee');
    case 'subject_org':
      return anchor.levelsUp
        ? i18n.t('anchor.levelsUp', { n: anchor.levelsUp })
        : i18n.t('anchor.subjectOrg');
  }
}

/** Who a rule asks: the named people, or “组织委员 of the request's branch”. */
export function assigneeRuleText(i18n: TranslateService, rule: AssigneeRule): string {
  if (rule.kind === 'people') return rule.people.map((p) => p.name).join('、');
  return i18n.t('rule.roleAt', { role: i18n.role(rule.role), at: anchorText(i18n, rule.at) });
}
