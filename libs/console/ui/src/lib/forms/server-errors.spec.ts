import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError } from '../api/api-error';
import { applyServerErrors } from './server-errors';

describe('applyServerErrors', () => {
  const form = () =>
    new FormGroup({
      name: new FormControl('张三', { nonNullable: true, validators: Validators.required }),
      phone: new FormControl('abc', { nonNullable: true }),
    });

  it('marks each field the service named, keeps what was typed and returns the rest', () => {
    const group = form();
    const error = ApiError.from(
      new HttpErrorResponse({
        status: 400,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid.',
          details: [
            { field: 'phone', problem: 'digits, spaces, + or - only' },
            { field: 'orgId', problem: 'is required' },
            { field: '(body)', problem: 'is not an object' },
          ],
        },
      }),
    );

    const unmatched = applyServerErrors(group, error);

    expect(group.controls.phone.errors).toEqual({ server: 'digits, spaces, + or - only' });
    expect(group.controls.phone.touched).toBe(true);
    expect(group.controls.name.errors).toBeNull();
    expect(group.getRawValue()).toEqual({ name: '张三', phone: 'abc' });
    expect(unmatched).toEqual(['orgId: is required', 'is not an object']);
  });

  it('lets the next edit clear the service problem', () => {
    const group = form();
    applyServerErrors(
      group,
      new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'phone', problem: 'bad' }]),
    );
    group.controls.phone.setValue('13800000000');
    expect(group.controls.phone.errors).toBeNull();
  });
});
