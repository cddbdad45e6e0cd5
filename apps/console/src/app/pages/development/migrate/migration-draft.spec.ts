import { ApiError, MigrationRefusal } from '@bastion/console-ui';
import { emptyDraft } from '../steps/step-draft';
import {
  filingAfter,
  type MigratedType,
  type MigrationRow,
  newRow,
  nextType,
  placeProblems,
} from './migration-draft';

const row = (key: number, type: MigratedType): MigrationRow => ({ key, type, draft: emptyDraft() });

describe('paper record drafts', () => {
  it('walk down the usual run of a case as rows are added', () => {
    expect(nextType(null)).toBe('talk');
    expect(nextType('talk')).toBe('decide_activist');
    expect(nextType('decide_activist')).toBe('file');
    expect(nextType('assessment')).toBe('decide_candidate');
    expect(nextType('not_chosen')).toBe('file');
    expect(nextType('archive')).toBe('archive');
  });

  it('file what the last decision above calls for', () => {
    expect(newRow(3, [row(1, 'talk'), row(2, 'decide_activist')]).draft.filing).toBe('activist');
    expect(filingAfter([row(1, 'decide_activist'), row(4, 'decide_candidate')])).toBe('candidate');
    expect(filingAfter([row(1, 'decide_candidate'), row(4, 'approval_decision')])).toBe('approval');
    expect(newRow(9, [row(8, 'approval_decision')]).type).toBe('placement');
  });

  it('place the rules’ problems by step, the application’s apart, and field problems on their field', () => {
    const refusal = new MigrationRefusal(
      new ApiError(422, 'MIGRATION_INVALID', 'x', [
        { field: 'steps.1.date', problem: 'is in the future' },
        { field: 'applicationDate', problem: 'is required' },
        { field: 'steps.9.date', problem: 'out of range' },
      ]),
      [
        { index: 0, type: 'talk', code: 'RULE_BREACH', problem: '谈话晚于一个月' },
        { index: -1, type: 'application', code: 'RULE_BREACH', problem: '未满 18 周岁' },
        { index: 0, type: 'talk', code: 'BAD_DATE', problem: '早于申请日期' },
      ],
    );
    const placed = placeProblems(refusal, 2);
    expect(placed.rows.get(0)).toEqual(['谈话晚于一个月', '早于申请日期']);
    expect(placed.rows.has(1)).toBe(false);
    expect(placed.fields.get(1)).toEqual({ date: 'is in the future' });
    expect(placed.application).toEqual(['未满 18 周岁', 'is required']);
    expect(placed.other).toEqual(['out of range']);
  });
});
