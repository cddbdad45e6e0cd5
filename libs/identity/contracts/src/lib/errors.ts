/** Codes the identity service answers with, beside the common ones. */
export const IdentityErrorCode = {
  LoginFailed: 'LOGIN_FAILED',
  SessionExpired: 'SESSION_EXPIRED',
  WeakPassword: 'WEAK_PASSWORD',
  WrongPassword: 'WRONG_PASSWORD',
  /** The new password is on the list of commonly used passwords. */
  CommonPassword: 'COMMON_PASSWORD',
  /** The new password is built on a word of this system: its name, an organisation, the demo password. */
  SystemWordPassword: 'SYSTEM_WORD_PASSWORD',
  /** Too many wrong current passwords: the account is locked for a while. */
  AccountLocked: 'ACCOUNT_LOCKED',
  StaleVersion: 'STALE_VERSION',
  InvalidOrgStructure: 'INVALID_ORG_STRUCTURE',
  OrgNotEmpty: 'ORG_NOT_EMPTY',
  InvalidApprover: 'INVALID_APPROVER',
  InvalidOffice: 'INVALID_OFFICE',
  InvalidIdNumber: 'INVALID_ID_NUMBER',
  DuplicateIdNumber: 'DUPLICATE_ID_NUMBER',
  DuplicateUsername: 'DUPLICATE_USERNAME',
  InvalidMembership: 'INVALID_MEMBERSHIP',
  /** A sanction whose kind, dates or person do not fit. */
  InvalidSanction: 'INVALID_SANCTION',
  Dissolved: 'ORG_DISSOLVED',
  InvalidHolidayData: 'INVALID_HOLIDAY_DATA',
} as const;
export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];
