import { shippedChinaHolidayData } from '@bastion/calendar';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { HolidayCalendarService } from './holiday-calendar.service';

describe('the calendar handed to other services’ workflows', () => {
  it('is read once for the many workflows that start together, not once each', async () => {
    let reads = 0;
    const db = {
      getRepository: () => ({
        find: async () => {
          reads += 1;
          return [];
        },
      }),
    } as unknown as DataSource;
    const service = new HolidayCalendarService(db, {} as AuditService);

    const answers = await Promise.all(Array.from({ length: 20 }, () => service.years()));

    expect(reads).toBe(1);
    expect(answers[19]!.map((y) => y.year)).toEqual(shippedChinaHolidayData.map((y) => y.year));
  });

  it('is read again after a failed read, not kept failing', async () => {
    let reads = 0;
    const db = {
      getRepository: () => ({
        find: async () => {
          reads += 1;
          if (reads === 1) throw new Error('connection lost');
          return [];
        },
      }),
    } as unknown as DataSource;
    const service = new HolidayCalendarService(db, {} as AuditService);

    await expect(service.years()).rejects.toThrow('connection lost');
    await expect(service.years()).resolves.toHaveLength(shippedChinaHolidayData.length);
  });
});
