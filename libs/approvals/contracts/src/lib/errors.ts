/** Codes the approvals service answers with, beside the common ones. */
export const ApprovalsErrorCode = {
  /** The engine's refusals of an action, as the workflow's validator gives them. */
  NotAllowed: 'NOT_ALLOWED',
  NotYourTurn: 'NOT_YOUR_TURN',
  Ended: 'ENDED',
  Invalid: 'INVALID',
  Required: 'REQUIRED',
  TooSoon: 'TOO_SOON',
  /** Someone else decided first (或签): `params` names who (`by`) and when (`at`). */
  AlreadyDecided: 'ALREADY_DECIDED',
  /** A sign-off belongs to an item's or a case's workflow: an administrator terminates that record instead. */
  SignOff: 'SIGN_OFF',
  StaleVersion: 'STALE_VERSION',
  TemplateArchived: 'TEMPLATE_ARCHIVED',
  InvalidAttachment: 'INVALID_ATTACHMENT',
  UnsupportedType: 'UNSUPPORTED_MEDIA_TYPE',
  TooLarge: 'PAYLOAD_TOO_LARGE',
  NotReady: 'NOT_READY',
} as const;
export type ApprovalsErrorCode = (typeof ApprovalsErrorCode)[keyof typeof ApprovalsErrorCode];
