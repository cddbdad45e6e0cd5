import type { ItemStatus } from '@bastion/rectification-contracts';
import { trafficLight } from './traffic-light';

const item = (
  status: ItemStatus,
  deadline: string | null = '2026-03-20',
  amberFrom: string | null = '2026-03-13',
) => ({
  status,
  deadline,
  amberFrom,
});

describe('the traffic light (红黄绿灯)', () => {
  it('is green before the reminder window', () => {
    expect(trafficLight(item('in_progress'), '2026-03-12')).toBe('green');
  });

  it('turns amber on the first day of the reminder window', () => {
    expect(trafficLight(item('in_progress'), '2026-03-13')).toBe('amber');
  });

  it('stays amber on the deadline itself: the deadline is the last day on time', () => {
    expect(trafficLight(item('in_progress'), '2026-03-20')).toBe('amber');
  });

  it('turns red the day after the deadline', () => {
    expect(trafficLight(item('in_progress'), '2026-03-21')).toBe('red');
  });

  it('stays red while acceptance is pending after the deadline', () => {
    expect(trafficLight(item('acceptance'), '2026-03-25')).toBe('red');
  });

  it.each<ItemStatus>(['closed', 'handed_over'])('is green once %s, however late', (status) => {
    expect(trafficLight(item(status), '2027-01-01')).toBe('green');
  });

  it('is green while no deadline is set', () => {
    expect(trafficLight(item('registered', null, null), '2027-01-01')).toBe('green');
  });
});
