export {
  applyBatchAction,
  applyLeaderCheck,
  applyReportSignature,
  batchRefusal,
  initialBatchRecord,
} from './lib/batch/batch-record';
export { applyAction } from './lib/item/apply-action';
export { applyClock, nextClockDate } from './lib/item/clock';
export { initialItemRecord } from './lib/item/initial-record';
export { clockUntil, middayOf, type PaperContext, paperItemRecord, type PaperOutcome } from './lib/item/paper-record';
export { actionRefusal, allowedActions, stateRefusal, type Refusal } from './lib/item/refusals';
export { applySignOff, signingLeader } from './lib/item/sign-off-outcome';
export {
  amberFrom,
  daysLeft,
  finalDeadline,
  firstRound,
  fixedSecondRoundDeadline,
  guidanceDate,
  lookBackDue,
  nextReportDue,
  reportDeadline,
  SECOND_ROUND_MIN_WORKING_DAYS,
  secondRoundDeadline,
  secondRoundWorkingDays,
} from './lib/rules/deadlines';
export { dueRungs, LADDER_STATUSES, ladderRungs, nextRungDate } from './lib/rules/ladder';
export { FINISHED_STATUSES, trafficLight } from './lib/rules/traffic-light';
