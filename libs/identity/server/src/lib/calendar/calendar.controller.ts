import { Get } from '@nestjs/common';
import {
  calendarYearInputSchema,
  type CalendarYearInput,
  calendarYearParamSchema,
  type HolidayCalendarView,
  holidayCalendarViewSchema,
} from '@bastion/identity-contracts';
import { CurrentUser, type Principal, ScopedAction, ScopedController } from '@bastion/platform-auth';
import { Meta, type RequestMeta, Returns } from '@bastion/platform-http';
import { HolidayCalendarService } from './holiday-calendar.service';

/** The holiday calendar per year (China's holidays and make-up working days); administrators only. */
@ScopedController('calendar')
export class CalendarController {
  constructor(private readonly calendar: HolidayCalendarService) {}

  @Get()
  @Returns(holidayCalendarViewSchema)
  view(@CurrentUser() principal: Principal): Promise<HolidayCalendarView> {
    return this.calendar.view(principal);
  }

  @ScopedAction('put', 'years/:year', calendarYearInputSchema, null, {
    param: ['year', calendarYearParamSchema],
  })
  save(
    principal: Principal,
    year: number,
    input: CalendarYearInput,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.calendar.save(principal, year, input, meta);
  }

  @ScopedAction('delete', 'years/:year', null, null, { param: ['year', calendarYearParamSchema] })
  reset(principal: Principal, year: number, @Meta() meta: RequestMeta): Promise<void> {
    return this.calendar.reset(principal, year, meta);
  }
}
