import { trafficLight } from './traffic-light';

const dueAt = '2026-03-05T16:00:00.000Z';
const remindAt = '2026-03-04T16:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('trafficLight', () => {
  it.each([
    ['well before the reminder', '2026-03-02T02:00:00.000Z', 'green'],
    ['a moment before the reminder', '2026-03-04T15:59:59.999Z', 'green'],
    ['at the reminder', '2026-03-04T16:00:00.000Z', 'amber'],
    ['inside the reminder window', '2026-03-05T10:00:00.000Z', 'amber'],
    ['at the due time', '2026-03-05T16:00:00.000Z', 'red'],
    ['long overdue', '2026-04-01T00:00:00.000Z', 'red'],
  ])('is right %s', (_when, now, light) => {
    expect(trafficLight({ status: 'open', dueAt, remindAt }, at(now))).toBe(light);
  });

  it('takes dates as well as strings', () => {
    expect(
      trafficLight({ status: 'open', dueAt: new Date(dueAt), remindAt: new Date(remindAt) }, at(dueAt)),
    ).toBe('red');
  });

  it('goes from green straight to red without a reminder time', () => {
    expect(trafficLight({ status: 'open', dueAt }, at('2026-03-05T15:00:00.000Z'))).toBe('green');
    expect(trafficLight({ status: 'open', dueAt, remindAt: null }, at(dueAt))).toBe('red');
  });

  it('has none without a time limit', () => {
    expect(trafficLight({ status: 'open' }, at(dueAt))).toBe('none');
    expect(trafficLight({ status: 'open', dueAt: null }, at(dueAt))).toBe('none');
  });

  it.each(['waiting', 'approved', 'rejected', 'transferred', 'closed', 'skipped'])(
    'has none on a %s task, however late',
    (status) => {
      expect(trafficLight({ status, dueAt, remindAt }, at('2027-01-01T00:00:00.000Z'))).toBe('none');
    },
  );
});
