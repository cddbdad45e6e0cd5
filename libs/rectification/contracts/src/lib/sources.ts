import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import { routeSchema, type RouteInput } from '@bastion/approvals-contracts';

/**
 * Where a finding batch comes from. The sources differ in deadlines, reviewers and publication;
 * the difference is configuration (`SourceConfig`), not code.
 */
export const findingSources = [
  /** 巡视: provincial or central inspection. */
  'inspection_tour',
  /** 巡察: city or county inspection. */
  'inspection_patrol',
  /** 纪检监察建议: a discipline or supervision recommendation (see 以案促改). */
  'discipline_recommendation',
  /** 审计 */
  'audit',
  /** 督查检查 */
  'supervisory_check',
  /** 自查 */
  'self_inspection',
] as const;
export const findingSourceSchema = z.enum(findingSources);
export type FindingSource = z.infer<typeof findingSourceSchema>;

export const findingSourceLabels = catalogueLabels('rectification.source', findingSources);

/**
 * The escalation ladder (督办阶梯) of one source, in working days on the official calendar. Each
 * rung fires once per deadline; a new deadline (extension, second round, reopening) starts the
 * rungs after the notice again.
 */
export const ladderConfigSchema = z.strictObject({
  /** 阶段指导: at this share of the time between assignment and deadline, if progress is behind it. */
  guidanceAtPercent: z.int32().min(10).max(90).default(50),
  /** 提醒书: this many working days before the deadline; also the start of amber. */
  remindWorkingDays: z.int32().min(1).max(30).default(5),
  /** 告诫书: issued the day after the deadline, with a final deadline this many working days on. */
  finalGraceWorkingDays: z.int32().min(1).max(60).default(10),
});
export type LadderConfig = z.infer<typeof ladderConfigSchema>;

/** Sign-off routes an item's steps run on the approvals engine. */
export const sourceRoutesSchema = z.strictObject({
  /** 方案审批 */
  plan: routeSchema,
  /** 验收 (the supervisor or the three-party group) */
  acceptance: routeSchema,
  /** 申请延期 */
  extension: routeSchema,
  /** The principal leader signs the batch report. */
  report: routeSchema,
});
export type SourceRoutes = z.infer<typeof sourceRoutesSchema>;

export const sourceConfigSchema = z.strictObject({
  /** The batch report and the principal leader's report are due this many months after feedback. */
  reportDeadlineMonths: z.int32().min(1).max(12),
  ladder: ladderConfigSchema,
  /**
   * 二次整改: a failed acceptance gives this share (percent) of the first round's working days
   * from the decision — at least five working days, never longer than the first round.
   */
  secondRoundSharePercent: z.int32().min(10).max(100).default(50),
  /**
   * Working days of a second round counted before the share rule: items whose failed acceptance was
   * recorded that way keep them, and a relapse reopened without a date of its own gets them.
   */
  secondRoundWorkingDays: z.int32().min(1).max(120).default(20),
  /** 回头看: months after closing when the look-back is due. */
  lookBackMonths: z.int32().min(1).max(24).default(6),
  /** The least time between two urges (催办) of the same item. */
  urgeIntervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  routes: sourceRoutesSchema,
});
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type SourceConfigInput = z.input<typeof sourceConfigSchema>;

const committeeSecretary = (name: string, levelsUp: number): RouteInput['stages'][number] => ({
  name,
  assignees: { kind: 'role', role: 'secretary', at: { kind: 'subject_org', levelsUp } },
  mode: { kind: 'any' },
  timeLimit: { amount: 5, unit: 'working_days' },
});

const inspectionOffice = (name: string): RouteInput['stages'][number] => ({
  name,
  assignees: { kind: 'role', role: 'inspection_office', at: { kind: 'approving_committee' } },
  mode: { kind: 'any' },
  timeLimit: { amount: 5, unit: 'working_days' },
});

const defaultSettings = { whenNobody: 'escalate' } as const;

/**
 * National defaults. 巡视 reports within 2 months of feedback; 巡察 and the other sources commonly
 * 3 months. Plans are approved by the organisation's own secretary then the committee above;
 * acceptance adds the committee's inspection office; the principal leader (the secretary of the
 * inspected organisation) signs the report.
 */
export function defaultSourceConfig(source: FindingSource): SourceConfig {
  return sourceConfigSchema.parse({
    reportDeadlineMonths: source === 'inspection_tour' ? 2 : 3,
    ladder: {},
    routes: {
      plan: {
        stages: [committeeSecretary('本单位书记审核', 0), committeeSecretary('上级党委审批', 1)],
        settings: { ...defaultSettings, submitterAsAssignee: 'skip' },
      },
      acceptance: {
        stages: [committeeSecretary('上级党委验收', 1), inspectionOffice('巡察办复核')],
        settings: defaultSettings,
      },
      extension: {
        stages: [committeeSecretary('上级党委审批', 1)],
        settings: defaultSettings,
      },
      report: {
        stages: [
          {
            ...committeeSecretary('主要负责人签批', 0),
            requires: { opinion: false, attachments: false, signature: true },
          },
        ],
        settings: defaultSettings,
      },
    },
  } satisfies SourceConfigInput);
}
