import type { CaseRecord } from '@bastion/development-contracts';
import { openedCase, testId } from '../../testing/opened-case';
import { caseNumber, caseRow, clockRows, entryRow, flaggedOverdue, nextClock, NO_CLOCK } from './read-model';

describe('the case read model', () => {
  it('writes every column of a record, without its entries', () => {
    const record = openedCase('2026-03-02', '2026-03-05');
    const row = caseRow(record, 'FZ2026-000001');
    expect(row).toMatchObject({
      id: testId(1),
      number: 'FZ2026-000001',
      person_name: '周小林',
      person_gender: 'female',
      org_id: testId(3),
      id_path: `/${testId(2)}/${testId(3)}/`,
      approving_committee_id: testId(2),
      approving_committee_name: '测试林业局党委',
      status: 'applicant',
      current_step: 2,
      application_date: '2026-03-02',
      activist_date: null,
      next_due: '2026-04-02',
      next_due_clock: 'talk',
      next_due_kind: 'deadline',
      due_sort: '2026-04-02',
      overdue: false,
      migrated: false,
      closed_on: null,
      version: 1,
      opened_at: '2026-03-05T02:00:00.000Z',
    });
    expect((row.record as CaseRecord).entries).toEqual([]);
    expect(record.entries.length).toBeGreaterThan(0);
  });

  it('sorts a case without a running clock last, and counts an archived case as ended', () => {
    const record = openedCase('2026-03-02', '2026-03-05');
    const archived = { ...record, clocks: [], dates: { ...record.dates, archived: '2029-05-01' } };
    expect(nextClock(archived)).toBeNull();
    expect(caseRow(archived, 'FZ2026-000001')).toMatchObject({
      due_sort: NO_CLOCK,
      next_due: null,
      closed_on: '2029-05-01',
    });
  });

  it('flags a case overdue once the workflow has fired an overdue alert for a running deadline', () => {
    const record = { ...openedCase('2026-01-02', '2026-01-05'), alerts: [] };
    expect(flaggedOverdue(record)).toBe(false);
    const talk = record.clocks.find((c) => c.key === 'talk')!;
    const alerted = {
      ...record,
      alerts: [{ clock: 'talk' as const, level: 'overdue' as const, due: talk.due, on: '2026-02-03' }],
    };
    expect(flaggedOverdue(alerted)).toBe(true);
    expect(clockRows(alerted)).toEqual([
      expect.objectContaining({
        case_id: testId(1),
        key: 'talk',
        kind: 'deadline',
        due: talk.due,
        level: 'overdue',
      }),
    ]);
    // An alert for an earlier due date of the same clock does not count.
    const stale = { ...alerted, alerts: [{ ...alerted.alerts[0]!, due: '2025-12-01' }] };
    expect(flaggedOverdue(stale)).toBe(false);
    expect(clockRows(stale)[0]).toMatchObject({ level: null });
  });

  it('writes an entry with its actor and files', () => {
    const record = openedCase('2026-03-02', '2026-03-05');
    expect(entryRow(testId(1), record.entries[0]!)).toMatchObject({
      case_id: testId(1),
      seq: 1,
      kind: 'opened',
      step: 1,
      date: '2026-03-02',
      actor_person_id: testId(5),
      actor_name: '王甲书',
      automatic: false,
      migrated: false,
      note: '入党申请书',
      files: [],
      rule_set_id: 'national-2014',
      status_after: 'applicant',
      request_id: null,
    });
  });

  it('numbers a case by the Shanghai year it was opened in', () => {
    expect(caseNumber('2026-12-31T16:00:00.000Z', 42)).toBe('FZ2027-000042');
    expect(caseNumber('2026-12-31T15:59:59.000Z', 7)).toBe('FZ2026-000007');
    expect(caseNumber('2026-01-01T00:00:00.000Z', 1_234_567)).toBe('FZ2026-1234567');
  });
});
