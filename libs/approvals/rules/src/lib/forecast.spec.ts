import { chinaHolidayCalendar } from '@bastion/calendar';
import { he, lin, open, secretary, slot, stage, stateOf, task } from '../testing/states';
import { taskDeadlines } from './deadlines';
import { forecastDueTimes } from './forecast';

// The service's working calendar: China's, counting weekdays in a year without data.
const calendar = chinaHolidayCalendar.withUncoveredYears('weekdays');
const deadlines: Parameters<typeof forecastDueTimes>[2] = (openedAt, stage) =>
  taskDeadlines(openedAt, stage, calendar);
const days = (amount: number) => ({ timeLimit: { amount, unit: 'working_days' as const }, remindBefore: 1 });
const now = new Date('2026-09-28T02:00:00.000Z');

describe('forecastDueTimes', () => {
  const route = () =>
    stateOf([
      stage('支部审核', [secretary], days(1)),
      stage('组织部会签', [lin, he], days(3)),
      stage('党委研究', [he]),
      stage('备案', [lin], days(1)),
    ]);

  it('chains the stages to come from the current stage’s due date, on the working-day calendar', () => {
    // Due at the end of Monday 28 September, so the next stage opens on the 29th; its three
    // working days are the 30th and, after the National Day holiday (1–7 October), the 8th and
    // 9th. The stage without a limit is assumed to pass at once; the last one opens on Saturday
    // the 10th (a working day in lieu) and one working day on is the end of Monday the 12th.
    const state = open(route(), 0, [slot(task(secretary, { dueAt: '2026-09-28T16:00:00.000Z' }))]);
    expect(forecastDueTimes(state, now, deadlines)).toEqual([
      null,
      '2026-10-09T16:00:00.000Z',
      null,
      '2026-10-12T16:00:00.000Z',
    ]);
  });

  it('starts from the latest due date of the current stage’s tasks still to decide', () => {
    const state = open(route(), 1, [
      slot(task(lin, { dueAt: '2026-03-03T16:00:00.000Z' })),
      slot(task(he, { dueAt: '2026-03-05T16:00:00.000Z' })),
      slot(task(secretary, { status: 'approved', dueAt: '2026-03-20T16:00:00.000Z' })),
    ]);
    const [, , third, fourth] = forecastDueTimes(state, now, deadlines);
    expect(third).toBeNull();
    expect(fourth).toBe(deadlines('2026-03-05T16:00:00.000Z', days(1)).dueAt);
  });

  it('starts from now when the current stage has no time limit', () => {
    const state = open(route(), 2, [slot(task(he))]);
    expect(forecastDueTimes(state, now, deadlines)[3]).toBe(deadlines(now.toISOString(), days(1)).dueAt);
  });

  it('predicts nothing for a request that has ended or waits for its submitter', () => {
    const ended = open(route(), 0, [slot(task(secretary, { dueAt: '2026-09-28T16:00:00.000Z' }))]);
    ended.status = 'approved';
    expect(forecastDueTimes(ended, now, deadlines)).toEqual([null, null, null, null]);
    const returned = open(route(), 1, []);
    returned.status = 'returned';
    expect(forecastDueTimes(returned, now, deadlines)).toEqual([null, null, null, null]);
  });
});
