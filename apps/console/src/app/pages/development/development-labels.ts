import type { CaseEntryKind, DevelopmentStatus, TimelineState } from '@bastion/development-contracts';
import {
  clockLabels,
  developmentStatusLabels,
  developmentStatuses,
  pipelineStatuses,
  stageLabels,
  stepActionLabels,
  stepByKey,
} from '@bastion/development-contracts';
import type { TranslateService } from '@bastion/console-ui';
import { renderText, type TextKey, textCatalogue } from '@bastion/messages';

/** The contracts' `{ zh, en }` names, gathered for templates (shown through the `label` pipe). */
export const DEV_LABELS = {
  status: developmentStatusLabels,
  stage: stageLabels,
  step: stepByKey,
  action: stepActionLabels,
  clock: clockLabels,
} as const;

export const STATUSES = developmentStatuses;
export const PIPELINE = pipelineStatuses;
export const STAGES = [1, 2, 3, 4, 5] as const;

/** The people a case names (mentors, sponsors) as one line, `张林、王芳`; null for none. */
export function namesOf(people: readonly { name: string }[]): string | null {
  return people.map((p) => p.name).join('、') || null;
}

/** ng-zorro tag colours: the main line darkens towards full membership; exits are grey or red. */
export function statusColour(status: DevelopmentStatus): string {
  const colours: Record<DevelopmentStatus, string> = {
    applicant: 'default',
    activist: 'cyan',
    candidate: 'geekblue',
    probationary: 'purple',
    full: 'red',
    not_accepted: 'default',
    withdrawn: 'default',
    dropped: 'orange',
    cancelled: 'volcano',
    transferred_out: 'default',
    terminated: 'red',
  };
  return colours[status];
}

export function stateColour(state: TimelineState): string {
  const colours: Record<TimelineState, string> = {
    done: 'green',
    current: 'blue',
    coming: 'gray',
    skipped: 'gray',
    not_reached: 'gray',
  };
  return colours[state];
}

/** 剩余 5 天 / 今日到期 / 逾期 3 天 (one day is "1 day" in English); nothing without a date. */
export function daysLeftText(i18n: TranslateService, daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft === 0) return i18n.t('dev.days.today');
  const n = Math.abs(daysLeft);
  if (daysLeft > 0) return n === 1 ? i18n.t('dev.days.leftOne') : i18n.t('dev.days.left', { n });
  return n === 1 ? i18n.t('dev.days.overdueOne') : i18n.t('dev.days.overdue', { n });
}

/** 共 n 人; in English "1 case", "n cases". */
export function caseCountText(i18n: TranslateService, n: number): string {
  return n === 1 ? i18n.t('dev.cases.totalOne') : i18n.t('dev.cases.total', { n });
}

/** What an entry records, in words from the one catalogue: a step's name, or what happened to the case by itself. */
export function entryText(i18n: TranslateService, kind: CaseEntryKind): string {
  const key = `development.entry.${kind}`;
  return key in textCatalogue ? renderText({ key: key as TextKey }, i18n.language()) : kind;
}

/** The dot of an entry: green forward, red for refusals and lapses, orange for the clocks. */
export function entryColour(kind: CaseEntryKind): string {
  if (
    [
      'not_approved',
      'conversion_not_approved',
      'pre_review_failed',
      'withdraw',
      'drop',
      'transfer_out',
      'terminated',
    ].includes(kind)
  ) {
    return 'red';
  }
  if (kind === 'alert') return 'orange';
  if (kind === 'rules_adopted' || kind === 'signoff_started') return 'gray';
  return 'green';
}
