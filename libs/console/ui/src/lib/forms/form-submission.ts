import { signal } from '@angular/core';
import { type AbstractControl, FormArray, FormGroup } from '@angular/forms';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import { ApiError } from '../api/api-error';
import { applyServerErrors } from './server-errors';

/** A call that saves the form: a request, or an async function that makes one or more. */
export type Send<T> = () => Observable<T> | Promise<T>;

/**
 * Saving one form, the same way everywhere: whether a save is under way, why the last one
 * failed, and those of its problems that no field took (for the form's alert). A refused save
 * puts the service's problems on the fields and keeps what the user typed.
 */
export class FormSubmission {
  readonly saving = signal(false);
  readonly failure = signal<ApiError | null>(null);
  readonly unmatched = signal<readonly string[]>([]);

  /**
   * @param form the fields, named as the service names them in its problems.
   * @param place puts a failure's problems on the fields and returns those that fit none; by
   *   default each problem goes to the control of its field's name.
   */
  constructor(
    private readonly form: FormGroup,
    private readonly place: (error: ApiError) => string[] = (error) => applyServerErrors(form, error),
  ) {}

  /**
   * Saves when the form is valid; when it is not, marks every field so its problem shows and
   * sends nothing. `sent` gets the call's result and runs while the save still shows as under
   * way (messages, outputs, navigation); if it throws, that counts as a failure like the call's.
   * Answers whether the save went through.
   */
  submit<T>(send: Send<T>, sent?: (result: T) => unknown): Promise<boolean> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      revalidate(this.form);
      return Promise.resolve(false);
    }
    return this.run(send, sent);
  }

  /** Saves without looking at the form's validity first, for a form checked in its own way. */
  async run<T>(send: Send<T>, sent?: (result: T) => unknown): Promise<boolean> {
    this.saving.set(true);
    this.failure.set(null);
    this.unmatched.set([]);
    try {
      const call = send();
      const result = isObservable(call) ? await firstValueFrom(call) : await call;
      await sent?.(result);
      return true;
    } catch (error) {
      const apiError = ApiError.from(error);
      this.unmatched.set(this.place(apiError));
      this.failure.set(apiError);
      return false;
    } finally {
      this.saving.set(false);
    }
  }
}

/**
 * Checks every field again, nested groups included, so each one announces its state and the
 * form fields show their problems (they listen to their own control, not to the form's).
 */
function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    for (const child of Object.values(control.controls)) revalidate(child);
  } else {
    control.updateValueAndValidity();
  }
}
