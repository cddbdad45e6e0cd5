import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import {
  idempotencyKeySchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  personRefSchema,
  stepFields,
} from '@bastion/shared-contracts';
import type { SanctionFacts } from '@bastion/identity-contracts';
import { voteCountsSchema, type VoterRoll } from './vote';

/** A step of a case attaches at most 30 files. */
const { note, requiredNote, reason, files, requiredFiles } = stepFields(30);
/** Why a step came late or needs an exception, where the rules ask for one. */
const lateReason = multiline.trim().max(2000).nullable().default(null);
/** The business date the step happened on (the meeting, the talk …); it may lie in the past. */
const date = localDateSchema;
const on = { date, note, files };

/**
 * A full member named as mentor or sponsor. Membership and party discipline (留党察看, an order to
 * correct, expulsion) come from the identity service's record when the step is taken, never from
 * the form.
 */
export const nominatedMemberSchema = z.strictObject({ personId: idSchema });
export type NominatedMember = z.infer<typeof nominatedMemberSchema>;

export const filingKinds = ['activist', 'candidate', 'approval'] as const;
export const recommendationSources = ['members', 'league', 'mass_organisation', 'self'] as const;

/**
 * The steps a person takes (or an officer records for them) that the rules let a case take at
 * any time it allows them. Each is checked against the case and the rules before it is accepted.
 */
const stepActions = [
  /** 2 谈话: within a month of receiving the application. */
  z.strictObject({ type: z.literal('talk'), ...on, talker: personRefSchema, note: requiredNote }),
  /** 3 确定入党积极分子 (the branch committee decides, on recommendations). */
  z.strictObject({
    type: z.literal('decide_activist'),
    ...on,
    recommendedBy: z.array(z.enum(recommendationSources)).min(1).max(4),
  }),
  /** 3, not chosen: stays an applicant, reconsidered later. */
  z.strictObject({
    type: z.literal('not_chosen'),
    date,
    reason,
    reconsiderOn: localDateSchema.nullable().default(null),
    files,
  }),
  /** 4 / 8 / 18 备案 */
  z.strictObject({ type: z.literal('file'), ...on, filing: z.enum(filingKinds) }),
  /** 5 培养联系人: one or two full members. */
  z.strictObject({
    type: z.literal('assign_mentors'),
    ...on,
    mentors: z.array(nominatedMemberSchema).min(1).max(2),
  }),
  /** 6 / 21 考察: an assessment entry (activist, candidate or probationary member). */
  z.strictObject({ type: z.literal('assessment'), ...on, note: requiredNote }),
  /** 思想汇报 */
  z.strictObject({ type: z.literal('thought_report'), ...on }),
  /** 7 确定发展对象: after hearing the party group, mentors, members and non-members. */
  z.strictObject({
    type: z.literal('decide_candidate'),
    ...on,
    opinionsHeard: z.strictObject({
      partyGroup: z.boolean(),
      mentors: z.boolean(),
      members: z.boolean(),
      nonMembers: z.boolean(),
    }),
    publicNotice: z
      .strictObject({
        from: localDateSchema,
        to: localDateSchema,
        objections: note,
      })
      .nullable()
      .default(null),
  }),
  /** 9 入党介绍人: exactly two eligible full members. */
  z.strictObject({
    type: z.literal('fix_sponsors'),
    ...on,
    sponsors: z.array(nominatedMemberSchema).min(1).max(3),
  }),
  /** 10 政治审查: the written conclusion. */
  z.strictObject({ type: z.literal('political_review'), ...on, passed: z.boolean(), note: requiredNote }),
  /** 11 集中培训: at least 3 days or 24 class hours; the date is the last day. */
  z.strictObject({
    type: z.literal('concentrated_training'),
    ...on,
    from: localDateSchema,
    days: z.number().min(0).max(60),
    hours: z.number().min(0).max(500),
    provider: line.trim().min(1).max(100),
  }),
  /** 12 支部委员会审查; a leaving date within 3 months needs a recorded exception. */
  z.strictObject({
    type: z.literal('committee_review'),
    ...on,
    leavingOn: localDateSchema.nullable().default(null),
    exceptionReason: lateReason,
  }),
  /** 14 填写入党志愿书 (with the sponsors' opinions). */
  z.strictObject({ type: z.literal('application_form'), ...on }),
  /** 15 支部大会讨论接收: the raw counts; the outcome is computed. */
  z.strictObject({ type: z.literal('admission_meeting'), ...on, vote: voteCountsSchema }),
  /** 16 审批前谈话, recorded by the committee member or organiser who held it. */
  z.strictObject({ type: z.literal('approval_talk'), ...on, talker: personRefSchema, note: requiredNote }),
  /** 17 报上级党委审批; past 3 months of the resolution only with a reason, never past 6. */
  z.strictObject({
    type: z.literal('submit_approval'),
    note,
    files,
    lateReason,
  }),
  /** 19 编入党支部和党小组 */
  z.strictObject({ type: z.literal('placement'), ...on, partyGroup: line.trim().min(1).max(100) }),
  /** 20 入党宣誓, held by the committee or the branch (never a party group). */
  z.strictObject({ type: z.literal('oath'), ...on, heldBy: z.enum(['committee', 'branch', 'party_group']) }),
  /** 22 转正申请: not before probation ends. */
  z.strictObject({ type: z.literal('conversion_application'), ...on }),
  /** 23 支部大会讨论转正: the resolution and the raw counts. */
  z.strictObject({
    type: z.literal('conversion_meeting'),
    ...on,
    resolution: z.enum(['convert', 'extend', 'cancel']),
    extensionMonths: z.int32().min(1).max(24).nullable().default(null),
    vote: voteCountsSchema,
  }),
  /** 24 报上级党委审批转正; past 3 months of the meeting only with a reason, never past 6. */
  z.strictObject({
    type: z.literal('submit_conversion_approval'),
    note,
    files,
    lateReason,
  }),
  /** 25 材料归档 */
  z.strictObject({
    type: z.literal('archive'),
    ...on,
    location: z.enum(['personnel_file', 'party_member_file']),
    items: z.array(line.trim().min(1).max(100)).min(1).max(30),
  }),
] as const;

/** What happens beside the steps, at any stage. */
const sideActions = [
  /** More evidence for a step already on record (a scanned original, a photo). */
  z.strictObject({
    type: z.literal('evidence'),
    step: z.int32().min(1).max(25),
    note,
    files: requiredFiles,
  }),
  /** The case and its clock move to another branch. */
  z.strictObject({ type: z.literal('transfer'), date, toOrgId: idSchema, reason }),
  /** The person leaves the installation's organisations: the case closes as transferred out. */
  z.strictObject({ type: z.literal('transfer_out'), date, to: line.trim().min(1).max(200), reason }),
  z.strictObject({
    type: z.literal('replace_mentor'),
    date,
    replaces: idSchema,
    mentor: nominatedMemberSchema,
    reason,
  }),
  /** A sponsor transferred, disciplined or deceased is replaced, with the reason. */
  z.strictObject({
    type: z.literal('replace_sponsor'),
    date,
    replaces: idSchema,
    sponsor: nominatedMemberSchema,
    reason,
  }),
  z.strictObject({ type: z.literal('withdraw'), date, reason, files }),
  /** 取消培养 (an activist or candidate dropped, e.g. after a failed pre-review). */
  z.strictObject({ type: z.literal('drop'), date, reason, files }),
  /** After the approval period lapsed: the admission is redone from the committee review. */
  z.strictObject({ type: z.literal('redo_admission'), date, reason }),
  /** 党章第五条: admitted directly by a central or provincial committee, recorded by an administrator. */
  z.strictObject({
    type: z.literal('direct_admission'),
    date,
    authority: line.trim().min(2).max(200),
    reason,
    files: requiredFiles,
  }),
] as const;

/** Decisions taken on paper before the case was migrated: recorded, not signed off again. */
const recordedDecisions = [
  z.strictObject({ type: z.literal('pre_review_result'), ...on, passed: z.boolean() }),
  z.strictObject({
    type: z.literal('approval_decision'),
    ...on,
    approved: z.boolean(),
    lateReason,
  }),
  z.strictObject({
    type: z.literal('conversion_decision'),
    ...on,
    approved: z.boolean(),
    lateReason,
  }),
] as const;

export const caseStepSchema = z.discriminatedUnion('type', [...stepActions, ...sideActions]);
export type CaseStep = z.infer<typeof caseStepSchema>;
export type CaseStepInput = z.input<typeof caseStepSchema>;
export type CaseStepType = CaseStep['type'];
export const caseStepTypes = caseStepSchema.options.map((o) => o.shape.type.value);

/** A step of a paper record: any step, or a decision taken on paper. */
export const migratedStepSchema = z.discriminatedUnion('type', [...stepActions, ...recordedDecisions]);
export type MigratedStep = z.infer<typeof migratedStepSchema>;
export type MigratedStepInput = z.input<typeof migratedStepSchema>;
export type RecordedDecision = Extract<
  MigratedStep,
  { type: (typeof recordedDecisions)[number]['shape']['type']['value'] }
>;

/** Where a decision taken on paper stands in a paper record: after the step that asked for it. */
const decisionAfter: Record<RecordedDecision['type'], CaseStepType> = {
  pre_review_result: 'committee_review',
  approval_decision: 'submit_approval',
  conversion_decision: 'submit_conversion_approval',
};

/** What a paper record may list, in the order the steps come: each decision where the committee took it. */
export const migratedStepTypes: readonly MigratedStep['type'][] = stepActions.flatMap(({ shape }) => [
  shape.type.value,
  ...recordedDecisions
    .map((decision) => decision.shape.type.value)
    .filter((decision) => decisionAfter[decision] === shape.type.value),
]);

/** `POST /api/development/cases/:id/actions` */
export const caseActionRequestSchema = z.strictObject({
  idempotencyKey: idempotencyKeySchema,
  step: caseStepSchema,
});
export type CaseActionRequest = z.infer<typeof caseActionRequestSchema>;

/**
 * In what capacity someone acts on a case: an officer of the branch (or above it), the
 * approving committee's side (supervisor), or a system administrator.
 */
export const capacitySchema = z.enum(['officer', 'supervisor', 'administrator']);
export type Capacity = z.infer<typeof capacitySchema>;

/** A person as the identity service had them when the step was taken. */
export interface PersonFacts {
  personId: string;
  name: string;
  orgId: string;
  membership: 'full' | 'probationary' | null;
  /** Party discipline on the identity service's record; the rules judge it on the step's date. */
  sanctions?: SanctionFacts[];
}

/** What the case workflow's `act` update receives: the step, who acts, and the facts looked up for it. */
export interface CaseAction {
  step: CaseStep;
  /** The person who acts; null for an administrator's login taking an administrator's own step. */
  actor: { personId: string | null; name: string; userId: string };
  capacities: Capacity[];
  /** Mentors and sponsors named by the step, as the identity service had them. */
  people: PersonFacts[];
  /** For a branch meeting's vote: the branch's voters on the meeting date, as the identity service counts them. */
  roll?: VoterRoll;
  /** For a transfer: the branch moved to. */
  toOrg?: {
    id: string;
    name: string;
    idPath: string;
    approvingCommittee: { id: string; name: string } | null;
  };
}

/** Which capacity each step needs (any one of them). */
export const stepCapacities: Record<CaseStepType, readonly Capacity[]> = {
  talk: ['officer'],
  decide_activist: ['officer'],
  not_chosen: ['officer'],
  file: ['officer', 'supervisor'],
  assign_mentors: ['officer'],
  assessment: ['officer'],
  thought_report: ['officer'],
  decide_candidate: ['officer'],
  fix_sponsors: ['officer'],
  political_review: ['officer', 'supervisor'],
  concentrated_training: ['officer', 'supervisor'],
  committee_review: ['officer'],
  application_form: ['officer'],
  admission_meeting: ['officer'],
  approval_talk: ['supervisor'],
  submit_approval: ['officer'],
  placement: ['officer'],
  oath: ['officer', 'supervisor'],
  conversion_application: ['officer'],
  conversion_meeting: ['officer'],
  submit_conversion_approval: ['officer'],
  archive: ['officer', 'supervisor'],
  evidence: ['officer', 'supervisor'],
  transfer: ['officer', 'supervisor'],
  transfer_out: ['officer', 'supervisor'],
  replace_mentor: ['officer'],
  replace_sponsor: ['officer'],
  withdraw: ['officer'],
  drop: ['officer'],
  redo_admission: ['officer', 'supervisor'],
  direct_admission: ['administrator'],
};

/** The name of each kind of step, as an entry of the record shows it: `development.entry.<type>` in the one catalogue. */
export const stepActionLabels = catalogueLabels('development.entry', [
  ...caseStepTypes,
  ...recordedDecisions.map((decision) => decision.shape.type.value),
]);
