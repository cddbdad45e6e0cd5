import { clock, parseLocalDate } from '@bastion/calendar';
import type { Clock } from '@bastion/development-contracts';
import { directoryCalendar, startedForSuite } from '@bastion/platform-service-testing';
import { AdministeredCalendarFollower } from '@bastion/platform-temporal';
import { WorkingCalendar } from '../calendar/working-calendar';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import { caseWhen, openCase } from '../../testing/fixtures';

/**
 * On 20 December 2027 a talk is due on 20 January 2028, and the lag past it is counted in 2028's
 * working days: a year the shipped holiday data does not cover.
 */
describe('a case whose clocks run into 2028, a year without holiday data, over HTTP', () => {
  const onDay = '2027-12-20';
  beforeAll(() => clock.setToday(parseLocalDate(onDay)));
  const t = startedForSuite(() => startDevelopmentTestApp('development_calendar_gap'));
  afterAll(() => {
    directoryCalendar.reset();
    clock.reset();
  });

  const talkOf = async (id: string, who: Parameters<typeof caseWhen>[4]): Promise<Clock> => {
    const view = await caseWhen(
      t,
      id,
      (v) => v.record.clocks.some((c) => c.key === 'talk'),
      'the talk clock',
      who,
    );
    return view.record.clocks.find((c) => c.key === 'talk')!;
  };

  it('runs on, counting weekdays, and shows the clock provisional until 2028 is added', async () => {
    const counted = await talkOf(
      await openCase(t, 'applicantZhou', { applicationDate: onDay }),
      'farmASecretary',
    );
    expect(counted).toMatchObject({ due: '2028-01-20', provisional: true });
    expect(counted.escalateFrom! > '2028-01-20').toBe(true);

    // The administrator adds 2028: a case opened after counts on it, exactly.
    directoryCalendar.years.push({
      year: 2028,
      holidays: [{ date: '2028-01-21', name: '测试假日', nameEn: 'Test holiday' }],
      makeUpWorkdays: [],
    });
    const exact = await talkOf(
      await openCase(t, 'applicantMa', { applicationDate: onDay }, 'farmBSecretary'),
      'farmBSecretary',
    );
    expect(exact.due).toBe('2028-01-20');
    expect(exact.provisional).toBeUndefined();
    // Friday 21 January is a day off in this year's data: the lag is counted one day later.
    expect(exact.escalateFrom! > counted.escalateFrom!).toBe(true);
  });

  it('computes what the service shows itself on the administered calendar too, asked through Temporal', async () => {
    const working = t.app.get(WorkingCalendar);
    directoryCalendar.reset();
    await t.app.get(AdministeredCalendarFollower).refresh();
    expect(working.calendar.covers(2028)).toBe(false);
    expect(working.calendar.isWorkingDay(parseLocalDate('2028-01-21'))).toBe(true);

    directoryCalendar.years.push({
      year: 2028,
      holidays: [{ date: '2028-01-21', name: '测试假日', nameEn: 'Test holiday' }],
      makeUpWorkdays: [],
    });
    await t.app.get(AdministeredCalendarFollower).refresh();
    expect(working.calendar.covers(2028)).toBe(true);
    expect(working.calendar.isWorkingDay(parseLocalDate('2028-01-21'))).toBe(false);
  });
});
