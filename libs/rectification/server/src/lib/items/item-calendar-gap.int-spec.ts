import { shippedChinaHolidayData } from '@bastion/calendar';
import { directory, directoryCalendar, startedForSuite } from '@bastion/platform-service-testing';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import { item, openBatch, registerItem, step } from '../../testing/fixtures';

describe('an item whose deadline lies in 2028, a year without holiday data, over HTTP', () => {
  const t = startedForSuite(() => startRectificationTestApp('item_calendar_gap'));
  afterAll(() => directoryCalendar.reset());
  let batchId: string;

  beforeAll(async () => {
    batchId = (await openBatch(t)).row.id;
  });

  async function assignedUntil(deadline: string) {
    const id = await registerItem(t, batchId);
    await step(t, 'inspectionWu', id, 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline,
    });
    return item(t, id);
  }

  it('runs on, counting weekdays, and the item is shown provisional until 2028 is added', async () => {
    // Five working days before Wednesday 15 March 2028, on weekdays alone: Wednesday 8 March.
    const counted = await assignedUntil('2028-03-15');
    expect(counted.row.status).toBe('assigned');
    expect(counted.record).toMatchObject({
      deadline: '2028-03-15',
      amberFrom: '2028-03-08',
      provisional: true,
    });
    expect(counted.row.provisional).toBe(true);
    const listed = await t.as('inspectionWu').get(`/items?batchId=${batchId}&limit=100`);
    expect(listed.body.items.find((r: { id: string }) => r.id === counted.row.id)).toMatchObject({
      provisional: true,
    });

    // The administrator adds 2028 (Thursday 9 March a day off, in this test's data): an item
    // assigned after counts on it, exactly.
    directoryCalendar.years.push({
      year: 2028,
      holidays: [{ date: '2028-03-09', name: '测试假日', nameEn: 'Test holiday' }],
      makeUpWorkdays: [],
    });
    const exact = await assignedUntil('2028-03-15');
    expect(exact.record.amberFrom).toBe('2028-03-07');
    expect(exact.record.provisional).toBeUndefined();
    expect(exact.row.provisional).toBeUndefined();
    expect(directoryCalendar.years).toHaveLength(shippedChinaHolidayData.length + 1);
  });
});
