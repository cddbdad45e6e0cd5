import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { of, Subject, throwError } from 'rxjs';
import { ApiError } from '../api/api-error';
import { FormSubmission } from './form-submission';

describe('FormSubmission', () => {
  const form = (name = '张三') =>
    new FormGroup({
      name: new FormControl(name, { nonNullable: true, validators: Validators.required }),
      phone: new FormControl('abc', { nonNullable: true }),
    });

  it('sends nothing while the form is invalid and marks every field', async () => {
    const group = form('');
    const submission = new FormSubmission(group);
    const send = jest.fn(() => of(null));

    await expect(submission.submit(send)).resolves.toBe(false);

    expect(send).not.toHaveBeenCalled();
    expect(group.controls.name.touched).toBe(true);
    expect(group.controls.phone.touched).toBe(true);
    expect(group.controls.name.errors).toEqual({ required: true });
    expect(submission.saving()).toBe(false);
    expect(submission.failure()).toBeNull();
  });

  it('makes the fields of nested groups announce their problems too', async () => {
    const group = new FormGroup({
      text: new FormGroup({
        problem: new FormControl('', { nonNullable: true, validators: Validators.required }),
      }),
    });
    const problem = group.controls.text.controls.problem;
    const announced = jest.fn();
    problem.statusChanges.subscribe(announced);

    await expect(new FormSubmission(group).submit(() => of(null))).resolves.toBe(false);

    expect(announced).toHaveBeenCalledWith('INVALID');
    expect(problem.touched).toBe(true);
  });

  it('keeps the last failure when a later attempt stops at the form', async () => {
    const group = form();
    const submission = new FormSubmission(group);
    await submission.submit(() => throwError(() => new ApiError(409, 'STALE_VERSION', 'stale')));
    group.controls.name.setValue('');

    await submission.submit(() => of(null));

    expect(submission.failure()?.code).toBe('STALE_VERSION');
  });

  it('answers true after a save, shows saving only while it runs and hands on the result', async () => {
    const submission = new FormSubmission(form());
    const response = new Subject<{ id: string }>();
    const sent = jest.fn();

    const pending = submission.submit(() => response, sent);
    expect(submission.saving()).toBe(true);
    response.next({ id: 'p-1' });
    response.complete();

    await expect(pending).resolves.toBe(true);
    expect(sent).toHaveBeenCalledWith({ id: 'p-1' });
    expect(submission.saving()).toBe(false);
    expect(submission.failure()).toBeNull();
  });

  it('takes an async send and waits for what follows a save before it ends', async () => {
    const submission = new FormSubmission(form());
    let savingWhileFollowingUp: boolean | undefined;

    const ok = await submission.submit(
      async () => 'done',
      async () => {
        await Promise.resolve();
        savingWhileFollowingUp = submission.saving();
      },
    );

    expect(ok).toBe(true);
    expect(savingWhileFollowingUp).toBe(true);
    expect(submission.saving()).toBe(false);
  });

  it('puts the problems of a refused save on their fields and keeps the rest for the alert', async () => {
    const group = form();
    const submission = new FormSubmission(group);
    const refusal = new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid.', [
      { field: 'phone', problem: 'digits, spaces, + or - only' },
      { field: 'orgId', problem: 'is required' },
    ]);
    const sent = jest.fn();

    await expect(submission.submit(() => throwError(() => refusal), sent)).resolves.toBe(false);

    expect(sent).not.toHaveBeenCalled();
    expect(group.controls.phone.errors).toEqual({ server: 'digits, spaces, + or - only' });
    expect(group.controls.phone.touched).toBe(true);
    expect(group.getRawValue()).toEqual({ name: '张三', phone: 'abc' });
    expect(submission.unmatched()).toEqual(['orgId: is required']);
    expect(submission.failure()).toBe(refusal);
    expect(submission.saving()).toBe(false);
  });

  it('ends any other error in a failure too, as do errors after the call', async () => {
    const submission = new FormSubmission(form());

    await expect(submission.submit(() => Promise.reject(new TypeError('boom')))).resolves.toBe(false);
    expect(submission.failure()?.code).toBe('UNKNOWN');
    expect(submission.failure()?.message).toBe('boom');
    expect(submission.unmatched()).toEqual([]);

    await submission.submit(() => throwError(() => new HttpErrorResponse({ status: 0 })));
    expect(submission.failure()?.code).toBe('NETWORK');

    const ok = await submission.submit(
      () => of(null),
      () => {
        throw new Error('after');
      },
    );
    expect(ok).toBe(false);
    expect(submission.failure()?.message).toBe('after');
    expect(submission.saving()).toBe(false);
  });

  it('clears the last failure when a new save starts', async () => {
    const submission = new FormSubmission(form());
    await submission.submit(() => throwError(() => new Error('first')));
    const response = new Subject<null>();

    const pending = submission.submit(() => response);
    expect(submission.failure()).toBeNull();
    response.next(null);
    await pending;
    expect(submission.failure()).toBeNull();
  });

  it('places problems its own way when told how, and run skips the form check', async () => {
    const group = form('');
    const place = jest.fn(() => ['placed']);
    const submission = new FormSubmission(group, place);
    const error = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'stages.0', problem: 'bad' }]);

    await expect(submission.run(() => throwError(() => error))).resolves.toBe(false);

    expect(place).toHaveBeenCalledWith(error);
    expect(submission.unmatched()).toEqual(['placed']);
    expect(submission.failure()).toBe(error);
  });
});
