/** Codes the rectification service answers with, beside the common ones. */
export const RectificationErrorCode = {
  /** The item's state does not allow the action now. */
  WrongState: 'WRONG_STATE',
  /** The actor lacks the capacity the action needs on this item. */
  NotAllowed: 'NOT_ALLOWED',
  /** A date out of order (a deadline before today, an extension not after the deadline …). */
  BadDate: 'BAD_DATE',
  /** 申请延期 after the deadline. */
  ExtensionTooLate: 'EXTENSION_TOO_LATE',
  /** Another sign-off of the same kind is under way. */
  Pending: 'PENDING',
  /** 催办 again too soon. */
  TooSoon: 'TOO_SOON',
  /** A link to the item itself, to too many items, or to items the caller cannot see. */
  BadLink: 'BAD_LINK',
  /** Acceptance needs evidence on record. */
  NoEvidence: 'NO_EVIDENCE',
  ImportInvalid: 'IMPORT_INVALID',
  /** A paper record some of whose steps the rules refuse: nothing was started. */
  MigrationInvalid: 'MIGRATION_INVALID',
  NotReady: 'NOT_READY',
  /** The item's workflow has ended (closed, handed over or terminated): there is nothing to terminate or act on. */
  Ended: 'ENDED',
} as const;
export type RectificationErrorCode = (typeof RectificationErrorCode)[keyof typeof RectificationErrorCode];
