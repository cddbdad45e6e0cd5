import { catalogueLabels, textCatalogue, type TextRef, textRef } from '@bastion/messages';
import { z } from 'zod';

/**
 * The person's standing in the procedure (入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员)
 * and the side exits, each of which closes the case.
 */
export const developmentStatuses = [
  'applicant',
  'activist',
  'candidate',
  'probationary',
  'full',
  'not_accepted',
  'withdrawn',
  'dropped',
  'cancelled',
  'transferred_out',
  /** An administrator ended a stuck case's workflow, with a reason (see the case view's `termination`). */
  'terminated',
] as const;
export const developmentStatusSchema = z.enum(developmentStatuses);
export type DevelopmentStatus = z.infer<typeof developmentStatusSchema>;

/** The statuses a case moves through; the rest are exits. */
export const pipelineStatuses = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type PipelineStatus = (typeof pipelineStatuses)[number];
export const exitStatuses = ['not_accepted', 'withdrawn', 'dropped', 'cancelled', 'transferred_out'] as const;

/** A case's statuses by name; the names live in the one catalogue (`development.status.<status>`). */
export const developmentStatusLabels = catalogueLabels('development.status', developmentStatuses);

/** The five stages of 《中国共产党发展党员工作细则》. */
export const stageLabels = catalogueLabels('development.stage', [1, 2, 3, 4, 5] as const);
export type Stage = keyof typeof stageLabels;

export const stepKeys = [
  'application',
  'talk',
  'activist',
  'activist_filing',
  'mentors',
  'education',
  'candidate',
  'candidate_filing',
  'sponsors',
  'political_review',
  'concentrated_training',
  'committee_review',
  'pre_review',
  'application_form',
  'admission_meeting',
  'approval_talk',
  'approval',
  'approval_filing',
  'placement',
  'oath',
  'probation_education',
  'conversion_application',
  'conversion_meeting',
  'conversion_approval',
  'archive',
] as const;
export const stepKeySchema = z.enum(stepKeys);
export type StepKey = z.infer<typeof stepKeySchema>;

export interface StepDefinition {
  /** 1 … 25 */
  number: number;
  key: StepKey;
  stage: Stage;
  zh: string;
  en: string;
  /** Who acts, as the rules name them. */
  actor: { zh: string; en: string };
  /** The article of the 2014 rules behind the step's fixed timing, where the rule book names one (`development.article.<n>`). */
  article: TextRef | null;
}

/** A step's name and who acts at it come from the one catalogue (`development.step.<key>`). */
const step = (
  key: StepKey,
  stage: Stage,
  article?: 5 | 7 | 11 | 13 | 14 | 16 | 17 | 19,
): Omit<StepDefinition, 'number'> => {
  const { zh, en } = textCatalogue[`development.step.${key}`];
  return {
    key,
    stage,
    zh,
    en,
    actor: textCatalogue[`development.step.${key}.actor`],
    article: article ? textRef(`development.article.${article}`) : null,
  };
};

/** The 25 steps, in order. */
export const stepDefinitions: readonly StepDefinition[] = [
  step('application', 1, 5),
  step('talk', 1, 7),
  step('activist', 2),
  step('activist_filing', 2),
  step('mentors', 2),
  step('education', 2, 11),
  step('candidate', 3, 13),
  step('candidate_filing', 3),
  step('sponsors', 3, 14),
  step('political_review', 3, 16),
  step('concentrated_training', 3, 17),
  step('committee_review', 4, 19),
  step('pre_review', 4),
  step('application_form', 4),
  step('admission_meeting', 4),
  step('approval_talk', 4),
  step('approval', 4),
  step('approval_filing', 4),
  step('placement', 5),
  step('oath', 5),
  step('probation_education', 5),
  step('conversion_application', 5),
  step('conversion_meeting', 5),
  step('conversion_approval', 5),
  step('archive', 5),
].map((s, i) => ({ ...s, number: i + 1 }));

export const stepByKey: Record<StepKey, StepDefinition> = Object.fromEntries(
  stepDefinitions.map((s) => [s.key, s]),
) as Record<StepKey, StepDefinition>;
