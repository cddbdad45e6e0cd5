/** Codes the identity service answers with, beside the common ones. */
export const IdentityErrorCode = {
  LoginFailed: 'LOGIN_FAILED',
  SessionExpired: 'SESSION_EXPIRED',
  WeakPassword: 'WEAK_PASSWORD',
  WrongPassword: 'WRONG_PASSWORD',
  StaleVersion: 'STALE_VERSION',
  InvalidOrgStructure: 'INVALID_ORG_STRUCTURE',
  OrgNotEmpty: 'ORG_NOT_EMPTY',
  InvalidApprover: 'INVALID_APPROVER',
  InvalidOffice: 'INVALID_OFFICE',
  InvalidIdNumber: 'INVALID_ID_NUMBER',
  DuplicateIdNumber: 'DUPLICATE_ID_NUMBER',
  DuplicateUsername: 'DUPLICATE_USERNAME',
  InvalidMembership: 'INVALID_MEMBERSHIP',
  Dissolved: 'ORG_DISSOLVED',
} as const;
export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];
