import type { CaseRecord, ComplianceCheck } from '@bastion/development-contracts';
import { textRef } from '@bastion/messages';
import { ruleSetOn } from '../../rule-set-on';
import type { RuleContext } from '../../rule-context';
import { admissionVoteCheck, approvalTalkCheck, approvalTimeCheck, oathHeldByCheck } from './admission-checks';
import { ageCheck, assessmentsCheck, oneYearAsActivistCheck, talkCheck } from './application-checks';
import { leavingCheck, politicalReviewCheck, preReviewBeforeFormCheck, sponsorsCheck, trainingCheck } from './candidate-checks';
import { type Check, type ComplianceRuleId, complianceRules, type Report, reportOn } from './compliance-check';
import {
  conversionApprovalTimeCheck,
  conversionVoteCheck,
  extensionCheck,
  noEarlyConversionCheck,
  probationOneYearCheck,
  standingDateCheck,
} from './probation-checks';

/** Each fixed rule's check, by its id; the article and the rule's words are its catalogue texts. */
const checks: Record<ComplianceRuleId, (report: Report) => Check> = {
  age: ageCheck,
  talk: talkCheck,
  assessments: assessmentsCheck,
  one_year_as_activist: oneYearAsActivistCheck,
  sponsors: sponsorsCheck,
  political_review: politicalReviewCheck,
  training: trainingCheck,
  leaving_within_three_months: leavingCheck,
  pre_review_before_form: preReviewBeforeFormCheck,
  admission_vote: admissionVoteCheck,
  approval_talk: approvalTalkCheck,
  approval_time: approvalTimeCheck,
  oath_held_by: oathHeldByCheck,
  probation_one_year: probationOneYearCheck,
  no_early_conversion: noEarlyConversionCheck,
  conversion_vote: conversionVoteCheck,
  extension: extensionCheck,
  conversion_approval_time: conversionApprovalTimeCheck,
  standing_date: standingDateCheck,
};

/**
 * Every fixed rule against the case, each on the report whatever the case's stage: passed,
 * failed, pending (a clock still running, or a step still to come), or not applicable (a step the
 * case will never take: it closed before, or came in by direct admission). Each names the dates
 * it rests on and the entries whose evidence bears on it; its texts are keys of the one catalogue.
 */
export function complianceReport(record: CaseRecord, ctx: RuleContext): ComplianceCheck[] {
  const report = reportOn(record, ctx);
  return complianceRules.map((id) => {
    const { on, ...check } = checks[id](report);
    return {
      ...check,
      article: textRef(`development.compliance.${id}.article`),
      rule: textRef(`development.compliance.${id}.rule`),
      ruleSetId: ruleSetOn(ctx.ruleSets, on).id,
    };
  });
}

export { complianceRules, type ComplianceRuleId };
