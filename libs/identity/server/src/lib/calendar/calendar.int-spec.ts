import { startedForSuite } from '@bastion/platform-service-testing';
import { clock, parseLocalDate, shippedChinaHolidayData } from '@bastion/calendar';
import { TestClient } from '../../testing/http-client';
import { type IdentityProbe, startIdentityProbe } from '../../testing/identity-probe';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { startIdentityTestApp } from '../../testing/identity-test-app';

// 2028 as an administrator enters it (test data, not the State Council's notice).
const year2028 = {
  holidays: [
    { date: '2028-01-01', name: '元旦', nameEn: "New Year's Day" },
    { date: '2028-01-02', name: '元旦', nameEn: "New Year's Day" },
    { date: '2028-01-03', name: '元旦', nameEn: "New Year's Day" },
  ],
  makeUpWorkdays: ['2028-01-08'],
  source: '国务院办公厅关于2028年部分节假日安排的通知',
};

describe('the holiday calendar, administered per year by the identity service', () => {
  // A day in 2027: the next year, 2028, has no shipped data.
  beforeAll(() => clock.setToday(parseLocalDate('2027-06-01')));
  const t = startedForSuite(() => startIdentityTestApp('calendar', smallForest()));
  let admin: TestClient;
  let member: TestClient;
  let probe: IdentityProbe;

  beforeAll(async () => {
    const client = new TestClient(t.baseUrl);
    admin = await client.login('admin', TEST_PASSWORD);
    member = await client.login('farmamember1', TEST_PASSWORD);
    probe = await startIdentityProbe('calendar-probe');
  });

  afterAll(async () => {
    clock.reset();
    await probe.stop();
  });

  const calendarThroughTemporal = () => probe.ask('holidayCalendar', undefined);

  it('shows the shipped years as defaults and warns that the next year has no data', async () => {
    const view = await admin.get('/calendar');
    expect(view.status).toBe(200);
    expect(view.body.years.map((y: { year: number; origin: string }) => [y.year, y.origin])).toEqual(
      shippedChinaHolidayData.map((y) => [y.year, 'shipped']),
    );
    expect(view.body.today).toBe('2027-06-01');
    expect(view.body.missingYears).toEqual([2028]);
  });

  it('is for administrators only', async () => {
    expect((await member.get('/calendar')).status).toBe(403);
    expect((await member.put('/calendar/years/2028', year2028)).status).toBe(403);
    expect((await member.request('DELETE', '/calendar/years/2027')).status).toBe(403);
  });

  it('refuses inconsistent data with every problem by field, and stores nothing', async () => {
    // A make-up day on a Monday, one in another year, and a Saturday both a day off and a working day.
    const refused = await admin.put('/calendar/years/2028', {
      ...year2028,
      holidays: [...year2028.holidays, { date: '2028-01-08', name: '元旦', nameEn: "New Year's Day" }],
      makeUpWorkdays: ['2028-01-03', '2029-03-04', '2028-01-08'],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('INVALID_HOLIDAY_DATA');
    const details = refused.body.details as { field: string; problem: string }[];
    expect(details.map((d) => d.field)).toEqual(
      expect.arrayContaining(['makeUpWorkdays[0]', 'makeUpWorkdays[1]', 'makeUpWorkdays[2]']),
    );
    expect(details.find((d) => d.field === 'makeUpWorkdays[2]')!.problem).toContain('listed twice');
    expect((await admin.put('/calendar/years/2200', year2028)).status).toBe(400);
    expect((await admin.get('/calendar')).body.missingYears).toEqual([2028]);
  });

  it('adds 2028: listed as added, handed to other services through Temporal, audited', async () => {
    expect((await admin.put('/calendar/years/2028', year2028)).status).toBe(204);
    const view = await admin.get('/calendar');
    const added = view.body.years.find((y: { year: number }) => y.year === 2028);
    expect(added).toEqual(
      expect.objectContaining({
        origin: 'added',
        updatedBy: 'admin',
        provisional: false,
        makeUpWorkdays: ['2028-01-08'],
      }),
    );
    expect(view.body.missingYears).toEqual([]);

    const years = await calendarThroughTemporal();
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(years.at(-1)!.holidays).toHaveLength(3);

    const audit = await admin.get('/audit-events?kind=calendar_year_saved');
    expect(audit.body.items[0]).toEqual(
      expect.objectContaining({
        username: 'admin',
        detail: expect.objectContaining({ year: 2028, origin: 'added', before: null }),
      }),
    );
  });

  it('corrects a shipped year, and removing the correction brings the shipped data back', async () => {
    const shipped2027 = shippedChinaHolidayData.find((y) => y.year === 2027)!;
    const corrected = {
      holidays: [...shipped2027.holidays, { date: '2027-02-09', name: '春节', nameEn: 'Spring Festival' }],
      makeUpWorkdays: ['2027-02-13'],
      source: '国务院办公厅关于2027年部分节假日安排的通知',
    };
    expect((await admin.put('/calendar/years/2027', corrected)).status).toBe(204);
    let y2027 = (await admin.get('/calendar')).body.years.find((y: { year: number }) => y.year === 2027);
    expect(y2027).toEqual(
      expect.objectContaining({ origin: 'overridden', provisional: false, makeUpWorkdays: ['2027-02-13'] }),
    );
    expect((await calendarThroughTemporal()).find((y) => y.year === 2027)!.makeUpWorkdays).toEqual([
      '2027-02-13',
    ]);

    expect((await admin.request('DELETE', '/calendar/years/2027')).status).toBe(204);
    y2027 = (await admin.get('/calendar')).body.years.find((y: { year: number }) => y.year === 2027);
    expect(y2027).toEqual(expect.objectContaining({ origin: 'shipped', provisional: true, updatedBy: null }));
    expect((await admin.request('DELETE', '/calendar/years/2027')).status).toBe(404);
    const audit = await admin.get('/audit-events?kind=calendar_year_reset');
    expect(audit.body.items[0].detail).toEqual(expect.objectContaining({ year: 2027 }));
  });
});
