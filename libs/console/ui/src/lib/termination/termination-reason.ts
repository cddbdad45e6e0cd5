import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { SAFE_MULTILINE } from '@bastion/shared-contracts';

/** The shortest and longest reason the services take (`terminationRequestSchema`). */
export const REASON_MIN = 4;
export const REASON_MAX = 1000;

/**
 * The reason for terminating, checked as the services check it: required, at least a few
 * characters once trimmed, plain text. Each problem is named for the dialog's message.
 */
export function terminationReasonProblem(
  value: string,
): 'required' | 'tooShort' | 'tooLong' | 'unsafe' | null {
  const reason = value.trim();
  if (!reason) return 'required';
  if (!SAFE_MULTILINE.test(reason)) return 'unsafe';
  if (reason.length < REASON_MIN) return 'tooShort';
  if (reason.length > REASON_MAX) return 'tooLong';
  return null;
}

export function terminationReasonValidator(control: AbstractControl<string>): ValidationErrors | null {
  const problem = terminationReasonProblem(control.value ?? '');
  return problem ? { reason: problem } : null;
}
