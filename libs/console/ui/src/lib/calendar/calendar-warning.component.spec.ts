import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { HolidayCalendarView } from '@bastion/identity-contracts';
import { of } from 'rxjs';
import { CalendarApi } from '../api/calendar-api.service';
import { CalendarWarningComponent } from './calendar-warning.component';

describe('CalendarWarningComponent', () => {
  beforeEach(() => localStorage.clear());

  async function render(missingYears: number[]) {
    const view: HolidayCalendarView = { years: [], missingYears, today: '2027-12-20' };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: CalendarApi, useValue: { view: () => of(view) } }],
    });
    const fixture = TestBed.createComponent(CalendarWarningComponent);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('asks the administrator to add the year that has no holiday data, with the way there', async () => {
    const root = await render([2028]);
    expect(root.querySelector('[data-testid="calendar-warning"]')?.textContent).toContain(
      '2028 年尚无节假日数据',
    );
    expect(root.querySelector('[data-testid="calendar-warning-link"]')?.getAttribute('href')).toBe(
      '/calendar',
    );
  });

  it('says nothing while this year and the next have data', async () => {
    const root = await render([]);
    expect(root.querySelector('[data-testid="calendar-warning"]')).toBeNull();
  });
});
