import { FormControl, FormGroup } from '@angular/forms';
import { z } from 'zod';
import { checkAgainstContract } from './contract-check';

describe('checkAgainstContract', () => {
  const schema = z.strictObject({
    personId: z.string().min(1),
    reason: z.string().trim().min(2),
    items: z.array(z.string()).min(1),
    source: z.string().max(5).optional(),
  });
  const form = () =>
    new FormGroup({
      person: new FormControl<string | null>(null),
      reason: new FormControl('x', { nonNullable: true }),
      items: new FormControl<string[]>([], { nonNullable: true }),
    });

  it('puts each issue on the control its path names, keeps what was typed and returns the rest', () => {
    const group = form();
    const check = checkAgainstContract(
      group,
      schema,
      { reason: 'x', items: [], source: 'too long' },
      (path) => (path === 'personId' ? 'person' : path),
    );

    expect(check.ok).toBe(false);
    expect(group.controls.person.errors).toEqual({ contract: { code: 'required' } });
    expect(group.controls.reason.errors).toEqual({ contract: { code: 'tooShort', minimum: 2 } });
    expect(group.controls.items.errors).toEqual({ contract: { code: 'required' } });
    expect(group.controls.reason.touched).toBe(true);
    expect(group.controls.reason.value).toBe('x');
    expect(check.ok ? [] : check.unmatched).toEqual([expect.stringMatching(/^source: /)]);
  });

  it('answers the request as the contract reads it when nothing is wrong', () => {
    const group = form();
    const check = checkAgainstContract(group, schema, { personId: 'p1', reason: ' 病假 ', items: ['a'] });

    expect(check).toEqual({ ok: true, value: { personId: 'p1', reason: '病假', items: ['a'] } });
    expect(group.valid).toBe(true);
  });

  it('a figure outside its bounds or not whole is out of range, one left empty required', () => {
    const figures = z.strictObject({
      months: z.int32().min(1).max(36),
      days: z.int32().min(0),
      wait: z.int32(),
    });
    const group = new FormGroup({
      months: new FormControl<number | null>(40),
      days: new FormControl<number | null>(1.5),
      wait: new FormControl<number | null>(null),
    });

    checkAgainstContract(group, figures, group.getRawValue());

    expect(group.controls.months.errors).toEqual({ contract: { code: 'outOfRange' } });
    expect(group.controls.days.errors).toEqual({ contract: { code: 'outOfRange' } });
    expect(group.controls.wait.errors).toEqual({ contract: { code: 'required' } });
  });

  it('a problem of the contract goes when the field is edited', () => {
    const group = form();
    checkAgainstContract(group, schema, { personId: 'p1', reason: 'x', items: ['a'] });
    expect(group.controls.reason.invalid).toBe(true);

    group.controls.reason.setValue('病假两个月');

    expect(group.controls.reason.errors).toBeNull();
  });
});
