import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, throwError } from 'rxjs';
import type { CalendarYearInput, HolidayCalendarView } from '@bastion/identity-contracts';
import { ApiError } from './api-error';
import { IDENTITY_API } from './identity-api.service';

/** The identity service's holiday calendar, per year (administrators only). */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  view(): Observable<HolidayCalendarView> {
    return this.http.get<HolidayCalendarView>(`${IDENTITY_API}/calendar`).pipe(catchError(toApiError));
  }

  save(year: number, input: CalendarYearInput): Observable<void> {
    return this.http.put<void>(`${IDENTITY_API}/calendar/years/${year}`, input).pipe(catchError(toApiError));
  }

  reset(year: number): Observable<void> {
    return this.http.delete<void>(`${IDENTITY_API}/calendar/years/${year}`).pipe(catchError(toApiError));
  }
}

function toApiError(error: unknown): Observable<never> {
  return throwError(() => ApiError.from(error));
}
