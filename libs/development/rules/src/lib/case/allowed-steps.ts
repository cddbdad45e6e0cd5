import {
  type Capacity,
  type CaseRecord,
  type CaseStepType,
  caseStepTypes,
  stepCapacities,
} from '@bastion/development-contracts';
import type { RuleContext } from '../rule-context';
import { isFinished, stepDone } from './case-state';
import { type AnyStep, type StepRule, stepRules } from './step-rules';

/**
 * The steps a caller may take on the case now: their capacity allows it, the status allows it and
 * the steps before it are on record. The rule of the step itself is checked when it is sent,
 * with its date and details.
 */
export function allowedSteps(record: CaseRecord, capacities: readonly Capacity[], _ctx: RuleContext): CaseStepType[] {
  if (isFinished(record)) return [];
  return caseStepTypes.filter((type) => {
    if (!stepCapacities[type].some((c) => capacities.includes(c))) return false;
    const rule = stepRules[type] as StepRule<AnyStep['type']>;
    if (!rule.statuses.includes(record.status)) return false;
    if (type === 'file') return fileKindOpen(record);
    if (type === 'submit_approval') return !record.pending && !record.dates.approvalSubmitted && stepDone(record, 'approval_talk');
    if (type === 'submit_conversion_approval')
      return !record.pending && !record.dates.conversionSubmitted && stepDone(record, 'conversion_meeting');
    if (type === 'redo_admission') return record.dates.admissionMeeting !== null || record.preReviewPassed === false;
    return rule.after(record, { type } as never).every((key) => stepDone(record, key)) && !alreadyDone(record, type);
  });
}

function fileKindOpen(record: CaseRecord): boolean {
  return (
    (stepDone(record, 'activist') && !stepDone(record, 'activist_filing')) ||
    (stepDone(record, 'candidate') && !stepDone(record, 'candidate_filing')) ||
    (stepDone(record, 'approval') && !stepDone(record, 'approval_filing'))
  );
}

const once: Partial<Record<CaseStepType, Parameters<typeof stepDone>[1]>> = {
  talk: 'talk',
  assign_mentors: 'mentors',
  fix_sponsors: 'sponsors',
  committee_review: 'committee_review',
  application_form: 'application_form',
  admission_meeting: 'admission_meeting',
  approval_talk: 'approval_talk',
  placement: 'placement',
  oath: 'oath',
  conversion_application: 'conversion_application',
  conversion_meeting: 'conversion_meeting',
  archive: 'archive',
};

function alreadyDone(record: CaseRecord, type: CaseStepType): boolean {
  const key = once[type];
  if (key) return stepDone(record, key);
  if (type === 'political_review') return record.dates.admissionMeeting !== null;
  if (type === 'concentrated_training') return record.dates.committeeReview !== null;
  return false;
}
