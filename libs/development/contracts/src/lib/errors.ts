/** Codes the development service answers with, beside the common ones. */
export const DevelopmentErrorCode = {
  /** The step is not the case's to take now (out of order, already done, the case is closed). */
  WrongStep: 'WRONG_STEP',
  /** A date in the future, or before the step it follows. */
  BadDate: 'BAD_DATE',
  /** A fixed or configured rule refuses it; the message cites the rule. */
  RuleBreach: 'RULE_BREACH',
  /** The actor lacks the capacity the step needs on this case. */
  NotAllowed: 'NOT_ALLOWED',
  /** A sign-off of the case is under way. */
  Pending: 'PENDING',
  /** The person already has a case. */
  CaseExists: 'CASE_EXISTS',
  /** A paper record whose steps the rules refuse; every problem is listed. */
  MigrationInvalid: 'MIGRATION_INVALID',
  NotReady: 'NOT_READY',
} as const;
export type DevelopmentErrorCode = (typeof DevelopmentErrorCode)[keyof typeof DevelopmentErrorCode];

/** A refusal: its code and the rule's reason, in the rules' words. */
export interface Refusal {
  code: DevelopmentErrorCode;
  message: string;
}
