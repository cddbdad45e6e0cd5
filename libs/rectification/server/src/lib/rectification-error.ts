import type { FieldProblem } from '@bastion/shared-contracts';
import { RectificationErrorCode } from '@bastion/rectification-contracts';
import { DomainError } from '@bastion/platform-http';

/** How each refusal of the item and batch workflows answers over HTTP. */
export const REFUSAL_STATUS: Record<string, number> = {
  [RectificationErrorCode.WrongState]: 409,
  [RectificationErrorCode.NotAllowed]: 403,
  [RectificationErrorCode.BadDate]: 400,
  [RectificationErrorCode.ExtensionTooLate]: 409,
  [RectificationErrorCode.Pending]: 409,
  [RectificationErrorCode.TooSoon]: 429,
  [RectificationErrorCode.NoEvidence]: 409,
  [RectificationErrorCode.BadLink]: 400,
};

/** A refusal by the rectification service, with one of its own codes. */
export class RectificationError extends DomainError {
  constructor(code: RectificationErrorCode, message: string, status: number, details?: FieldProblem[]) {
    super(code, message, status, details);
  }
}
