import type { CommitteeSettings } from '@bastion/development-contracts';
import type { FieldLayout, FieldSpec, MessageKey } from '@bastion/console-ui';

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

/** A setting as a field of the form, in the group's `settings`; a figure left open says there is no limit. */
function settingField(field: SettingField): FieldSpec {
  const common = {
    key: `settings.${field.key}`,
    label: settingLabel(field.key),
    id: field.key,
    required: false,
  };
  if (field.kind === 'flag') return { ...common, kind: 'switch' };
  return {
    ...common,
    kind: 'number',
    min: field.min,
    max: field.max,
    ...(field.kind === 'optional' ? { placeholder: 'dev.settings.noLimit' as const } : {}),
  };
}

/** The form that publishes a version: its effective date and every setting side by side, then a note. */
export const RULES_FIELDS: FieldLayout = [
  {
    row: [
      {
        key: 'effectiveFrom',
        kind: 'date',
        label: 'dev.rules.effectiveFrom',
        id: 'effective',
        required: true,
      },
      ...SETTING_FIELDS.map(settingField),
    ],
  },
  { key: 'note', kind: 'textarea', label: 'dev.field.note', id: 'note', maxlength: 500, required: false },
];
