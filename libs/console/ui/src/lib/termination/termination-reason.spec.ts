import { terminationRequestSchema } from '@bastion/shared-contracts';
import { terminationReasonProblem } from './termination-reason';

describe('the reason for terminating, as the dialog checks it', () => {
  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['abc', 'tooShort'],
    ['  ab  ', 'tooShort'],
    ['卡住\u0000了很久', 'unsafe'],
    ['x'.repeat(1001), 'tooLong'],
    ['流程卡住三个月', null],
    ['第一行\n第二行', null],
  ])('%j → %s', (reason, problem) => {
    expect(terminationReasonProblem(reason)).toBe(problem);
  });

  it('takes exactly what the services take', () => {
    for (const reason of [
      '',
      ' abc ',
      'abcd',
      '卡住\u0000了很久',
      '正常的理由',
      'y'.repeat(1000),
      'y'.repeat(1001),
    ]) {
      expect(terminationReasonProblem(reason) === null).toBe(
        terminationRequestSchema.safeParse({ reason }).success,
      );
    }
  });
});
