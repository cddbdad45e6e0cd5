import type { CommitteeSettings } from '@bastion/development-contracts';
import type { MessageKey } from '@bastion/console-ui';

type NumberKey = {
  [K in keyof CommitteeSettings]: CommitteeSettings[K] extends number ? K : never;
}[keyof CommitteeSettings];
type OptionalNumberKey = {
  [K in keyof CommitteeSettings]: CommitteeSettings[K] extends number | null
    ? null extends CommitteeSettings[K]
      ? K
      : never
    : never;
}[keyof CommitteeSettings];
type FlagKey = {
  [K in keyof CommitteeSettings]: CommitteeSettings[K] extends boolean ? K : never;
}[keyof CommitteeSettings];

/** One setting as the form shows it: a figure (with its bounds), one that may be left open, or a switch. */
export type SettingField =
  | { key: NumberKey; kind: 'number'; min: number; max: number }
  | { key: OptionalNumberKey; kind: 'optional'; min: number; max: number }
  | { key: FlagKey; kind: 'flag' };

/** What a committee may set, in the order the procedure meets them; bounds as the contracts have them. */
export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'activistMinWaitMonths', kind: 'number', min: 0, max: 12 },
  { key: 'leagueRecommendationUnder28', kind: 'flag' },
  { key: 'thoughtReportEveryMonths', kind: 'number', min: 0, max: 12 },
  { key: 'candidateNoticeWorkingDays', kind: 'number', min: 0, max: 30 },
  { key: 'reviewValidityMonths', kind: 'optional', min: 1, max: 36 },
  { key: 'preReviewTargetMonths', kind: 'number', min: 1, max: 6 },
  { key: 'meetingAfterPreReviewMonths', kind: 'number', min: 1, max: 6 },
  { key: 'approvalTalkOnRecord', kind: 'flag' },
  { key: 'redoAfterApprovalLapse', kind: 'flag' },
  { key: 'oathTargetMonths', kind: 'number', min: 1, max: 6 },
  { key: 'probationAssessmentEveryMonths', kind: 'number', min: 1, max: 12 },
  { key: 'conversionNoticeWorkingDays', kind: 'number', min: 0, max: 30 },
  { key: 'archiveTargetWorkingDays', kind: 'number', min: 1, max: 60 },
  { key: 'reminderLeadDays', kind: 'number', min: 1, max: 60 },
  { key: 'escalateAfterWorkingDays', kind: 'number', min: 1, max: 60 },
];

export const settingLabel = (key: keyof CommitteeSettings): MessageKey => `dev.settings.${key}` as MessageKey;
