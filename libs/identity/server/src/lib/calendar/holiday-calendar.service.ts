import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import {
  clock,
  createHolidayCalendar,
  HolidayDataError,
  missingYears,
  validateYearData,
  type YearData,
  yearOf,
} from '@bastion/calendar';
import type { CalendarYearInput, HolidayCalendarView } from '@bastion/identity-contracts';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError, type RequestMeta } from '@bastion/platform-http';
import { requireAdmin } from '../access';
import { AuditService } from '../audit/audit.service';
import { IdentityError } from '../identity-error';
import { CalendarYearEntity } from '../persistence/entities/calendar-year.entity';
import { type AdministeredYear, type EffectiveYear, effectiveYears, problemField } from './calendar-years';

/** How long the calendar handed to other services' workflows is kept before it is read again. */
export const CALENDAR_CACHE_MS = 30_000;

/**
 * The holiday calendar as administered, per year. The identity service owns it; the services that
 * compute deadlines fetch it through the `holidayCalendar` activity, which every workflow calls as
 * it starts, so the answer is cached for a few seconds (and dropped at once on a change here).
 */
@Injectable()
export class HolidayCalendarService {
  private cached: { until: number; years: Promise<YearData[]> } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The calendar's data in force, year by year. */
  years(): Promise<YearData[]> {
    // A cache lifetime, not a business date: the system clock.
    const now = Date.now();
    if (!this.cached || this.cached.until <= now) {
      const years = this.effective().then((all) => all.map((y) => y.data));
      this.cached = { until: now + CALENDAR_CACHE_MS, years };
      years.catch(() => (this.cached = null));
    }
    return this.cached.years;
  }

  async view(principal: Principal): Promise<HolidayCalendarView> {
    requireAdmin(principal);
    const years = await this.effective();
    const today = clock.today();
    const thisYear = yearOf(today);
    const calendar = createHolidayCalendar(years.map((y) => y.data));
    return {
      years: years.map(({ data, origin, administered }) => ({
        year: data.year,
        origin,
        holidays: data.holidays.map((h) => ({ ...h })),
        makeUpWorkdays: [...data.makeUpWorkdays],
        provisional: data.provisional === true,
        source: data.source ?? null,
        updatedAt: administered?.updatedAt.toISOString() ?? null,
        updatedBy: administered?.updatedBy ?? null,
      })),
      missingYears: missingYears(calendar, thisYear, thisYear + 1),
      today,
    };
  }

  /** Enters a year (a correction of a shipped one, or a new one), checked with its neighbours. */
  async save(principal: Principal, year: number, input: CalendarYearInput, meta: RequestMeta): Promise<void> {
    requireAdmin(principal);
    const data = this.validated({
      year,
      holidays: input.holidays,
      makeUpWorkdays: input.makeUpWorkdays,
      ...(input.provisional ? { provisional: true } : {}),
      ...(input.source ? { source: input.source } : {}),
    });
    await this.db.transaction(async (tx) => {
      // One administrator's change at a time: the neighbour check must see the others' years.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('identity.calendar_year'))`);
      const current = effectiveYears(await this.administered(tx.getRepository(CalendarYearEntity)));
      const previous = current.find((y) => y.data.year === year);
      this.checkWithNeighbours([...current.filter((y) => y.data.year !== year).map((y) => y.data), data]);
      await tx
        .getRepository(CalendarYearEntity)
        .upsert({ year, data, updatedAt: new Date(), updatedBy: principal.username }, ['year']);
      await this.audit.record(
        'calendar_year_saved',
        { userId: principal.userId, username: principal.username, ...meta },
        { year, origin: previous ? (previous.origin === 'added' ? 'added' : 'overridden') : 'added', before: previous?.data ?? null, after: data },
      );
    });
    this.cached = null;
  }

  /** Removes an administrator's entry: a shipped year goes back to the shipped data, an added year goes. */
  async reset(principal: Principal, year: number, meta: RequestMeta): Promise<void> {
    requireAdmin(principal);
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('identity.calendar_year'))`);
      const repo = tx.getRepository(CalendarYearEntity);
      const row = await repo.findOneBy({ year });
      if (!row) throw new NotFoundError('calendar_year');
      await repo.delete({ year });
      await this.audit.record(
        'calendar_year_reset',
        { userId: principal.userId, username: principal.username, ...meta },
        { year, before: row.data },
      );
    });
    this.cached = null;
  }

  private async effective(): Promise<EffectiveYear[]> {
    return effectiveYears(await this.administered(this.db.getRepository(CalendarYearEntity)));
  }

  private async administered(repo: Repository<CalendarYearEntity>): Promise<AdministeredYear[]> {
    const rows = await repo.find({ order: { year: 'ASC' } });
    return rows.map((r) => ({ data: r.data, updatedAt: r.updatedAt, updatedBy: r.updatedBy }));
  }

  private validated(input: YearData): YearData {
    try {
      return validateYearData(input);
    } catch (error) {
      throw invalid(error);
    }
  }

  private checkWithNeighbours(years: YearData[]): void {
    try {
      createHolidayCalendar(years);
    } catch (error) {
      throw invalid(error);
    }
  }
}

function invalid(error: unknown): unknown {
  if (!(error instanceof HolidayDataError)) return error;
  return new IdentityError(
    'INVALID_HOLIDAY_DATA',
    `The holiday data is not consistent: ${error.problems.join('; ')}`,
    400,
    error.problems.map((problem) => ({ field: problemField(problem), problem })),
  );
}
