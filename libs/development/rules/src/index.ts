// The rule book of member development (《中国共产党发展党员工作细则》), as pure functions the
// workflows, the server and the console all apply.
export type { RuleContext } from './lib/rule-context';
export { ruleSetOn } from './lib/rule-set-on';
export { ageOn, applicantRefusal, leagueRecommendationNeeded } from './lib/age';
export * from './lib/timing';
export * from './lib/eligibility';
export * from './lib/decision-time';
export * from './lib/deciding-route';
export { countVote, expectedVoters, rollRefusal, voteProblems } from './lib/vote';
export { currentStep, isClosed, isFinished, stepDate, stepDone } from './lib/case/case-state';
export { stepRefusal } from './lib/case/refusals';
export {
  applySignOffOutcome,
  applyStep,
  rulesAdopted,
  signOffStarted,
  type SignOffSettled,
} from './lib/case/apply-step';
export { applyClocks, caseClocks, clockLevel, nextWakeDate } from './lib/case/clocks';
export { emptyDates, openCaseRecord } from './lib/case/open-case';
export { allowedSteps } from './lib/case/allowed-steps';
export { caseTimeline, clockRule, storedClockRule } from './lib/case/timeline';
export {
  complianceReport,
  complianceRules,
  type ComplianceRuleId,
} from './lib/case/compliance/compliance-report';
export { identityRecordOf, identityUpdateFor } from './lib/case/identity-update';
