import { directory, directoryCalendar, startedForSuite } from '@bastion/platform-service-testing';
import type { BatchRow, BatchView } from '@bastion/rectification-contracts';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import { eventually, openBatch } from '../../testing/fixtures';

describe('a batch whose report deadline lies in 2028, a year without holiday data, over HTTP', () => {
  const t = startedForSuite(() => startRectificationTestApp('batch_calendar_gap'));
  afterAll(() => directoryCalendar.reset());

  /** A 巡察 batch fed back on 15 December 2027: its report is due three months later, 15 March 2028. */
  async function openedInDecember2027(): Promise<BatchView> {
    const opened = await openBatch(t, {
      feedbackDate: '2027-12-15',
      inspectedOrgId: directory.org('bureau').id,
    });
    // The workflow counts the reminder and writes the batch once it has the calendar.
    return eventually(
      async () => (await t.as('inspectionWu').get(`/batches/${opened.row.id}`)).body as BatchView,
      (view) => view.record.version >= 1,
      'the batch workflow writing its first record',
    );
  }

  it('is shown with a provisional report deadline until 2028 is added', async () => {
    const counted = await openedInDecember2027();
    expect(counted.row.reportDeadline).toBe('2028-03-15');
    expect(counted.record.provisional).toBe(true);
    expect(counted.row.provisional).toBe(true);
    const listed = await t.as('inspectionWu').get('/batches?limit=100');
    expect(listed.body.items.find((r: BatchRow) => r.id === counted.row.id)).toMatchObject({
      provisional: true,
    });

    // The administrator adds 2028: a batch opened after counts on it, exactly.
    directoryCalendar.years.push({ year: 2028, holidays: [], makeUpWorkdays: [] });
    const exact = await openedInDecember2027();
    expect(exact.row.reportDeadline).toBe('2028-03-15');
    expect(exact.record.provisional).toBeUndefined();
    expect(exact.row.provisional).toBeUndefined();
  });
});
