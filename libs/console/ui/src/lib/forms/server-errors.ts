import type { AbstractControl } from '@angular/forms';
import type { ApiError } from '../api/api-error';

/**
 * Puts each problem the service reported onto the form control of that name, where the field
 * shows it; returns the problems that belong to no control, for the form's alert. The values the
 * user typed stay as they are.
 */
export function applyServerErrors(form: AbstractControl, error: ApiError): string[] {
  const unmatched: string[] = [];
  for (const { field, problem } of error.details) {
    const control = form.get(field);
    if (control) {
      control.setErrors({ ...control.errors, server: problem });
      control.markAsTouched();
    } else {
      unmatched.push(field === '(body)' ? problem : `${field}: ${problem}`);
    }
  }
  return unmatched;
}
