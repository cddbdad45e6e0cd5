import type { AbstractControl } from '@angular/forms';
import type { z } from 'zod';

/** What the contract said of one field: the kind of issue and, for a length, its bound. */
export interface ContractProblem {
  code: 'required' | 'tooShort' | 'outOfRange' | 'invalid';
  minimum?: number;
}

/** The outcome of checking a form's request: the request as the contract reads it, or the issues no field took. */
export type ContractCheck<T> = { ok: true; value: T } | { ok: false; unmatched: string[] };

/**
 * Checks the request a form would send against the contract's schema — the one the service
 * parses it with — before it is sent, and puts each issue on the control its path names, where
 * the field shows it until it is edited (as `applyServerErrors` does with the service's answer).
 * `controlFor` names the control where the form calls a field otherwise than the contract.
 */
export function checkAgainstContract<S extends z.ZodType>(
  form: AbstractControl,
  schema: S,
  request: unknown,
  controlFor: (path: string) => string = (path) => path,
): ContractCheck<z.output<S>> {
  // With the input on each issue, a value left out tells itself from one of the wrong kind.
  const parsed = schema.safeParse(request, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const unmatched: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const control = form.get(controlFor(path));
    if (control) {
      control.setErrors({ ...control.errors, contract: contractProblem(issue) });
      control.markAsTouched();
    } else {
      unmatched.push(path ? `${path}: ${issue.message}` : issue.message);
    }
  }
  return { ok: false, unmatched };
}

/**
 * The issue in the console's words: a value missing or empty is "required", a text under its
 * minimum length "too short", a figure outside its bounds or not a whole number "out of range";
 * anything else is invalid.
 */
export function contractProblem(issue: z.core.$ZodIssue): ContractProblem {
  if (issue.code === 'invalid_type' && issue.input == null) {
    return { code: 'required' };
  }
  if (issue.code === 'invalid_type' && typeof issue.input === 'number') return { code: 'outOfRange' };
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    return { code: 'outOfRange' };
  }
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    if (minimum <= 1) return { code: 'required' };
    if (issue.origin === 'string') return { code: 'tooShort', minimum };
  }
  return { code: 'invalid' };
}
