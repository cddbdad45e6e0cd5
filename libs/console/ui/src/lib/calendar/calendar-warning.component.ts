import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { catchError, of } from 'rxjs';
import { CalendarApi } from '../api/calendar-api.service';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * Tells an administrator that this year or the next has no holiday data, with the way to add it.
 * Shown on the workbench of administrators only (the calendar answers nobody else).
 */
@Component({
  selector: 'bst-calendar-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, NzAlertModule, TranslatePipe],
  template: `
    @if (missing().length) {
      <nz-alert nzType="warning" nzShowIcon [nzMessage]="message" data-testid="calendar-warning" />
      <ng-template #message>
        {{ 'calendar.missing' | t: { years: missing().join('、') } }}
        <a routerLink="/calendar" data-testid="calendar-warning-link">{{ 'calendar.goAdd' | t }}</a>
      </ng-template>
    }
  `,
})
export class CalendarWarningComponent {
  private readonly view = toSignal(
    inject(CalendarApi)
      .view()
      .pipe(catchError(() => of(null))),
    {
      initialValue: null,
    },
  );
  protected readonly missing = computed(() => this.view()?.missingYears ?? []);
}
