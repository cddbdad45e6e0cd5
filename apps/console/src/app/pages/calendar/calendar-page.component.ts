import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CalendarYear, HolidayCalendarView } from '@bastion/identity-contracts';
import { switchMap } from 'rxjs';
import {
  ButtonComponent,
  type ButtonSpec,
  CalendarApi,
  type Load,
  LOADING,
  notices,
  PAGE_IMPORTS,
  toLoad,
} from '@bastion/console-ui';
import { CalendarYearEditorComponent, type YearDraft } from './calendar-year-editor.component';
import { CalendarYearsComponent } from './calendar-years.component';
import { yearText } from './year-text';

/**
 * The holiday calendar per year: the shipped years as defaults, each correctable, and the years an
 * administrator adds; a warning while this year or the next has no data.
 */
@Component({
  selector: 'bst-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ButtonComponent, CalendarYearEditorComponent, CalendarYearsComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'calendar.title' | t }}</h1>
      <bst-button [button]="addButton" (pressed)="add()" />
    </div>
    <p class="bst-muted intro">{{ 'calendar.intro' | t }}</p>
    @if (view(); as v) {
      @if (v.state === 'failed') {
        <bst-error-alert [error]="v.error" [retryable]="true" (retry)="reload()" />
      }
    }
    @if (resetError(); as e) {
      <bst-error-alert class="reset-error" [error]="e" />
    }
    @if (missing().length) {
      <nz-alert
        class="missing"
        nzType="warning"
        nzShowIcon
        [nzMessage]="'calendar.missing' | t: { years: missing().join('、') }"
        data-testid="calendar-missing"
      />
    }
    @if (editing(); as e) {
      <bst-calendar-year-editor
        [draft]="e.draft"
        [adding]="e.adding"
        (saved)="editing.set(null); reload()"
        (closed)="editing.set(null)"
      />
    }
    <bst-calendar-years
      [years]="years()"
      [loading]="view().state === 'loading'"
      (edited)="edit($event)"
      (reverted)="reset($event)"
    />
  `,
  styles: `
    .intro {
      margin-bottom: 12px;
    }
    .missing,
    .reset-error {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class CalendarPageComponent {
  private readonly api = inject(CalendarApi);
  private readonly notice = notices();

  protected readonly addButton: ButtonSpec = {
    key: 'add',
    label: 'calendar.addYear',
    icon: 'plus',
    type: 'primary',
    testId: 'calendar-add',
  };
  private readonly reloads = signal(0);
  protected readonly view = toSignal(
    toObservable(this.reloads).pipe(switchMap(() => this.api.view().pipe(toLoad()))),
    { initialValue: LOADING as Load<HolidayCalendarView> },
  );
  private readonly ready = computed(() => {
    const v = this.view();
    return v.state === 'ready' ? v.value : null;
  });
  protected readonly years = computed(() => [...(this.ready()?.years ?? [])].reverse());
  protected readonly missing = computed(() => this.ready()?.missingYears ?? []);

  /** The year open in the editor; a new object each time, so the editor starts afresh. */
  protected readonly editing = signal<{ draft: YearDraft; adding: boolean } | null>(null);
  protected readonly resetError = signal<unknown>(null);

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected add(): void {
    const latest = this.ready()?.years.at(-1)?.year;
    const year = this.missing()[0] ?? (latest ? latest + 1 : 2028);
    this.open({ year, holidays: '', makeUpWorkdays: '', provisional: false, source: '' }, true);
  }

  protected edit(year: CalendarYear): void {
    this.open(
      { year: year.year, ...yearText(year), provisional: year.provisional, source: year.source ?? '' },
      false,
    );
  }

  protected reset(year: number): void {
    this.api.reset(year).subscribe({
      next: () => {
        this.notice.done('calendar.wasReset', { year });
        this.reload();
      },
      error: (error: unknown) => this.resetError.set(error),
    });
  }

  private open(draft: YearDraft, adding: boolean): void {
    this.resetError.set(null);
    this.editing.set({ draft, adding });
  }
}
