import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import { routeSchema, type RouteInput } from '@bastion/approvals-contracts';
import { line, localDateSchema } from '@bastion/shared-contracts';

/**
 * The fixed rules of the 2014 text, as figures. They are national and not configurable; they
 * sit in a versioned rule set so that a revised text takes effect from its date while cases keep
 * the version that governed each step they took.
 */
export const fixedRulesSchema = z.strictObject({
  /** Art. 5: at least 18 on the application date. */
  minimumAge: z.int32().min(14).max(30),
  /** Art. 7: the talk within this many months of receiving the application. */
  talkWithinMonths: z.int32().min(1).max(6),
  /** Art. 11: an assessment of an activist every this many months. */
  assessmentEveryMonths: z.int32().min(1).max(12),
  /** Art. 13: a development candidate at least this many months after the activist date. */
  activistAtLeastMonths: z.int32().min(1).max(36),
  /** Art. 14: exactly this many sponsors. */
  sponsorCount: z.int32().min(1).max(3),
  /** Art. 17: concentrated training of at least this many days, or this many class hours. */
  trainingMinDays: z.int32().min(1).max(30),
  trainingMinHours: z.int32().min(1).max(200),
  /** Art. 19: a candidate leaving the unit within this many months is normally not admitted. */
  leavingWithinMonths: z.int32().min(0).max(12),
  /** Art. 26: approval within this many months of the resolution, in special cases up to the second figure. */
  approvalWithinMonths: z.int32().min(1).max(12),
  approvalAtMostMonths: z.int32().min(1).max(24),
  /** Art. 28: probation of this many months from the admission meeting. */
  probationMonths: z.int32().min(6).max(24),
  /** Art. 33: one extension, of at least and at most this many months. */
  extensionMinMonths: z.int32().min(1).max(24),
  extensionMaxMonths: z.int32().min(1).max(24),
  /** Art. 33: the committee approves the conversion decision within this many months of the meeting. */
  conversionApprovalWithinMonths: z.int32().min(1).max(12),
});
export type FixedRules = z.infer<typeof fixedRulesSchema>;

/** Sign-offs a case runs on the approvals engine. */
export const signOffKinds = ['pre_review', 'approval_talk', 'approval', 'conversion_approval'] as const;
export type SignOffKind = (typeof signOffKinds)[number];

/** The sign-offs by name, from the one catalogue (`development.sign_off.<kind>`). */
export const signOffLabels = catalogueLabels('development.sign_off', signOffKinds);

/**
 * What the rules leave to each committee (with national defaults). Durations are targets: a case
 * past one is flagged and escalated, not stopped.
 */
export const committeeSettingsSchema = z.strictObject({
  /** Minimum wait between application and activist (national: none; locally 2–6 months). */
  activistMinWaitMonths: z.int32().min(0).max(12).default(0),
  /** Whether an applicant under 28 needs the youth league's recommendation (推优). */
  leagueRecommendationUnder28: z.boolean().default(false),
  /** 公示: working days of public notice before a candidate is fixed, and before conversion; 0 = none. */
  candidateNoticeWorkingDays: z.int32().min(0).max(30).default(5),
  conversionNoticeWorkingDays: z.int32().min(0).max(30).default(0),
  /** Thought reports (思想汇报): one every this many months from the activist date; 0 = not tracked. */
  thoughtReportEveryMonths: z.int32().min(0).max(12).default(3),
  /** Political review stays valid this many months; null = no limit. */
  reviewValidityMonths: z.int32().min(1).max(36).nullable().default(null),
  preReviewTargetMonths: z.int32().min(1).max(6).default(1),
  /** The admission meeting within this many months of a passed pre-review. */
  meetingAfterPreReviewMonths: z.int32().min(1).max(6).default(1),
  oathTargetMonths: z.int32().min(1).max(6).default(1),
  archiveTargetWorkingDays: z.int32().min(1).max(60).default(5),
  /** During probation: an assessment every this many months. */
  probationAssessmentEveryMonths: z.int32().min(1).max(12).default(3),
  /** Remind this many days before a clock runs out. */
  reminderLeadDays: z.int32().min(1).max(60).default(7),
  /** Past a clock by this many working days, the lag is reported up to the committee. */
  escalateAfterWorkingDays: z.int32().min(1).max(60).default(10),
  /** Approval past the longest period: the admission is redone from the committee review. */
  redoAfterApprovalLapse: z.boolean().default(true),
  /** Whether the talk before approval is signed off on the engine (else recorded by the organiser). */
  approvalTalkOnRecord: z.boolean().default(false),
  routes: z.strictObject({
    pre_review: routeSchema,
    approval_talk: routeSchema,
    approval: routeSchema,
    conversion_approval: routeSchema,
  }),
});
export type CommitteeSettings = z.infer<typeof committeeSettingsSchema>;
export type CommitteeSettingsInput = z.input<typeof committeeSettingsSchema>;

/** One version of the rules: the fixed figures and a committee's settings, from an effective date. */
export const ruleSetSchema = z.strictObject({
  /** e.g. `national-2014` or `national-2014/committee-<id>/3`. */
  id: line.min(1).max(200),
  effectiveFrom: localDateSchema,
  fixed: fixedRulesSchema,
  settings: committeeSettingsSchema,
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** 《中国共产党发展党员工作细则》(2014), the figures of its fixed rules. */
export const NATIONAL_2014: FixedRules = {
  minimumAge: 18,
  talkWithinMonths: 1,
  assessmentEveryMonths: 6,
  activistAtLeastMonths: 12,
  sponsorCount: 2,
  trainingMinDays: 3,
  trainingMinHours: 24,
  leavingWithinMonths: 3,
  approvalWithinMonths: 3,
  approvalAtMostMonths: 6,
  probationMonths: 12,
  extensionMinMonths: 6,
  extensionMaxMonths: 12,
  conversionApprovalWithinMonths: 3,
};
export const NATIONAL_2014_ID = 'national-2014';
export const NATIONAL_2014_EFFECTIVE = '2014-06-10';

const committeeStage = (name: string, role: 'secretary' | 'org_department' | 'organiser') =>
  ({
    name,
    assignees: { kind: 'role', role, at: { kind: 'approving_committee' } },
    mode: { kind: 'any' },
    timeLimit: { amount: 10, unit: 'working_days' },
  }) satisfies RouteInput['stages'][number];

/**
 * National defaults: the approving committee's organisation department pre-reviews; its
 * secretary signs the approval and the conversion after the committee has met (集体讨论, one
 * person at a time); its organiser holds the talk before approval.
 */
export function defaultCommitteeSettings(): CommitteeSettings {
  const settings = { whenNobody: 'escalate' } as const;
  return committeeSettingsSchema.parse({
    routes: {
      pre_review: { stages: [committeeStage('党委组织部门预审', 'org_department')], settings },
      approval_talk: { stages: [committeeStage('党委组织员谈话', 'organiser')], settings },
      approval: {
        stages: [
          {
            ...committeeStage('党委集体讨论审批', 'secretary'),
            requires: { opinion: true, attachments: false, signature: false },
          },
        ],
        settings,
      },
      conversion_approval: {
        stages: [
          {
            ...committeeStage('党委审批转正', 'secretary'),
            requires: { opinion: true, attachments: false, signature: false },
          },
        ],
        settings,
      },
    },
  } satisfies CommitteeSettingsInput);
}

export function nationalRuleSet(): RuleSet {
  return {
    id: NATIONAL_2014_ID,
    effectiveFrom: NATIONAL_2014_EFFECTIVE,
    fixed: NATIONAL_2014,
    settings: defaultCommitteeSettings(),
  };
}
