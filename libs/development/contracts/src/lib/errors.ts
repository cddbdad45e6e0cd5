import type { RefusalParams } from '@bastion/messages';

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
  /** A meeting's number of members with voting rights differs from the identity service's roll on its date. */
  VotersNotOnRoll: 'VOTERS_NOT_ON_ROLL',
  /** The committee decides past its period (3 months from the meeting) without a recorded special reason. */
  ApprovalLate: 'APPROVAL_LATE',
  /** The committee decides past the longest period (6 months): the meeting's resolution can no longer be approved. */
  ApprovalLapsed: 'APPROVAL_LAPSED',
  /** A route would let an organisation that may not approve (a general branch, a temporary branch …) decide. */
  ApproverNotAuthorised: 'APPROVER_NOT_AUTHORISED',
  /** A login that is no person on record takes a step that records a person. */
  AccountNotAPerson: 'ACCOUNT_NOT_A_PERSON',
  /** The case's workflow has ended (closed, archived or terminated): there is nothing to terminate or act on. */
  Ended: 'ENDED',
} as const;
export type DevelopmentErrorCode = (typeof DevelopmentErrorCode)[keyof typeof DevelopmentErrorCode];

/** A refusal: its code and the rule's reason, in the rules' words (Chinese). */
export interface Refusal {
  code: DevelopmentErrorCode;
  message: string;
  /** The figures of the refusal (dates, names), for a client to word it in its own language; under `reason`, the reason by key. */
  params?: RefusalParams;
}
