import { shippedChinaHolidayData } from '@bastion/calendar';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { HolidayCalendarService } from './holiday-calendar.service';

/** The service over a database whose n-th read of the calendar answers `read(n)`; counts the reads. */
function serviceOver(read: (n: number) => unknown[]) {
  const reads = { count: 0 };
  const db = {
    getRepository: () => ({ find: async () => read(++reads.count) }),
  } as unknown as DataSource;
  return { service: new HolidayCalendarService(db, {} as AuditService), reads };
}

describe('the calendar handed to other services’ workflows', () => {
  it('is read once for the many workflows that start together, not once each', async () => {
    const { service, reads } = serviceOver(() => []);

    const answers = await Promise.all(Array.from({ length: 20 }, () => service.years()));

    expect(reads.count).toBe(1);
    expect(answers[19]!.map((y) => y.year)).toEqual(shippedChinaHolidayData.map((y) => y.year));
  });

  it('is read again after a failed read, not kept failing', async () => {
    const { service } = serviceOver((n) => {
      if (n === 1) throw new Error('connection lost');
      return [];
    });

    await expect(service.years()).rejects.toThrow('connection lost');
    await expect(service.years()).resolves.toHaveLength(shippedChinaHolidayData.length);
  });
});
