import { nationalRuleSet } from '@bastion/development-contracts';
import { decisionTime, decisionTimeRefusal } from './decision-time';

const rules = nationalRuleSet();

describe('the committee decides within 3 months of the branch meeting, at most 6 with a recorded special reason — timed on the day it decides', () => {
  const meeting = '2026-01-15';

  it.each([
    ['admission', '2026-04-15', null, 'in_time', null],
    ['admission', '2026-04-16', null, 'late_without_reason', 'APPROVAL_LATE'],
    ['admission', '2026-04-16', ' ', 'late_without_reason', 'APPROVAL_LATE'],
    ['admission', '2026-04-16', '党委换届', 'late_with_reason', null],
    ['admission', '2026-07-15', '党委换届', 'late_with_reason', null],
    ['admission', '2026-07-16', '党委换届', 'lapsed', 'APPROVAL_LAPSED'],
    ['conversion', '2026-04-15', null, 'in_time', null],
    ['conversion', '2026-04-16', null, 'late_without_reason', 'APPROVAL_LATE'],
    ['conversion', '2026-05-20', '疫情封控，延期集体讨论', 'late_with_reason', null],
    ['conversion', '2026-07-16', '疫情封控，延期集体讨论', 'lapsed', 'APPROVAL_LAPSED'],
  ] as const)('%s decided on %s with reason %s: %s, refused with %s', (kind, on, reason, verdict, code) => {
    const time = decisionTime(kind, meeting, on, reason, rules);
    expect(time).toMatchObject({ kind, verdict, meeting, due: '2026-04-15', latest: '2026-07-15', decidedOn: on });
    const refusal = decisionTimeRefusal(time, rules);
    expect(refusal?.code ?? null).toBe(code);
    if (refusal)
      expect(refusal.params).toEqual({
        kind,
        meeting,
        due: '2026-04-15',
        latest: '2026-07-15',
        decidedOn: on,
        reason: expect.objectContaining({
          key: `development.refusal.${verdict === 'lapsed' ? 'approval_lapsed' : 'approval_late'}.${kind}`,
        }),
      });
  });

  it('clamps the period to the end of a shorter month', () => {
    expect(decisionTime('conversion', '2026-11-30', '2027-02-28', null, rules).verdict).toBe('in_time');
    expect(decisionTime('conversion', '2026-11-30', '2027-03-01', null, rules).verdict).toBe('late_without_reason');
  });

  it('says what to do in the refusal: a reason when late, the meeting again when lapsed', () => {
    expect(decisionTimeRefusal(decisionTime('admission', meeting, '2026-05-01', null, rules), rules)?.message).toContain(
      '须写明特殊情况的理由',
    );
    expect(decisionTimeRefusal(decisionTime('admission', meeting, '2026-08-01', 'x 理由', rules), rules)?.message).toContain(
      '须重新履行接收程序',
    );
    expect(decisionTimeRefusal(decisionTime('conversion', meeting, '2026-08-01', 'x 理由', rules), rules)?.message).toContain(
      '须重新召开支部大会讨论转正',
    );
  });
});
