import { Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  calendarYearInputSchema,
  type CalendarYearInput,
  calendarYearParamSchema,
  type HolidayCalendarView,
  holidayCalendarViewSchema,
} from '@bastion/identity-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Meta, type RequestMeta, Returns, ReturnsNothing, ValidBody, ValidParam } from '@bastion/platform-http';
import { HolidayCalendarService } from './holiday-calendar.service';

/** The holiday calendar per year (China's holidays and make-up working days); administrators only. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: HolidayCalendarService) {}

  @Get()
  @Returns(holidayCalendarViewSchema)
  view(@CurrentUser() principal: Principal): Promise<HolidayCalendarView> {
    return this.calendar.view(principal);
  }

  @Put('years/:year')
  @ReturnsNothing()
  save(
    @CurrentUser() principal: Principal,
    @ValidParam('year', calendarYearParamSchema) year: number,
    @ValidBody(calendarYearInputSchema) input: CalendarYearInput,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.calendar.save(principal, year, input, meta);
  }

  @Delete('years/:year')
  @ReturnsNothing()
  reset(
    @CurrentUser() principal: Principal,
    @ValidParam('year', calendarYearParamSchema) year: number,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.calendar.reset(principal, year, meta);
  }
}
