import { Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CalendarYearInput, HolidayCalendarView } from '@bastion/identity-contracts';
import { IDENTITY_API } from './identity-api.service';
import { ServiceApi } from './service-api';

/** The identity service's holiday calendar, per year (administrators only). */
@Injectable({ providedIn: 'root' })
export class CalendarApi extends ServiceApi {
  constructor() {
    super(`${IDENTITY_API}/calendar`);
  }

  view(): Observable<HolidayCalendarView> {
    return this.get<HolidayCalendarView>('');
  }

  save(year: number, input: CalendarYearInput): Observable<void> {
    return this.put<void>(`/years/${year}`, input);
  }

  reset(year: number): Observable<void> {
    return this.delete<void>(`/years/${year}`);
  }
}
