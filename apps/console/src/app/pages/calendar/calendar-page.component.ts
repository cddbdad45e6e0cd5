import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { CalendarYear, HolidayCalendarView } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { switchMap } from 'rxjs';
import { CalendarApi } from '../../core/api/calendar-api.service';
import type { MessageKey } from '../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { type Load, LOADING, toLoad } from '../../core/ui/load';
import { parseYearText, yearText } from './year-text';

interface Draft {
  year: number;
  holidays: string;
  makeUpWorkdays: string;
  provisional: boolean;
  source: string;
}

const ORIGIN_COLOUR: Record<CalendarYear['origin'], string> = {
  shipped: 'default',
  overridden: 'orange',
  added: 'green',
};

/**
 * The holiday calendar per year: the shipped years as defaults, each correctable, and the years an
 * administrator adds; a warning while this year or the next has no data.
 */
@Component({
  selector: 'bst-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    ErrorAlertComponent,
    TranslatePipe,
  ],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'calendar.title' | t }}</h1>
      <button nz-button nzType="primary" type="button" (click)="add()" data-testid="calendar-add">
        <nz-icon nzType="plus" />{{ 'calendar.addYear' | t }}
      </button>
    </div>
    <p class="bst-muted intro">{{ 'calendar.intro' | t }}</p>
    @if (view(); as v) {
      @if (v.state === 'failed') {
        <bst-error-alert [error]="v.error" [retryable]="true" (retry)="reload()" />
      }
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
    @if (draft(); as d) {
      <nz-card class="editor" [nzTitle]="'calendar.editorTitle' | t: { year: d.year }" data-testid="calendar-editor">
        <div class="fields">
          @if (adding()) {
            <label class="field">
              <span>{{ 'calendar.field.year' | t }}</span>
              <input
                nz-input
                type="number"
                [ngModel]="d.year"
                (ngModelChange)="patch({ year: +$event })"
                data-testid="calendar-year"
              />
            </label>
          }
          <label class="field">
            <span>{{ 'calendar.field.holidays' | t }}</span>
            <textarea
              nz-input
              rows="10"
              class="bst-mono"
              [ngModel]="d.holidays"
              (ngModelChange)="patch({ holidays: $event })"
              data-testid="calendar-holidays"
            ></textarea>
          </label>
          <label class="field">
            <span>{{ 'calendar.field.makeUp' | t }}</span>
            <textarea
              nz-input
              rows="4"
              class="bst-mono"
              [ngModel]="d.makeUpWorkdays"
              (ngModelChange)="patch({ makeUpWorkdays: $event })"
              data-testid="calendar-makeup"
            ></textarea>
          </label>
          <label class="field">
            <span>{{ 'calendar.field.source' | t }}</span>
            <input nz-input [ngModel]="d.source" (ngModelChange)="patch({ source: $event })" data-testid="calendar-source" />
          </label>
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
          <label nz-checkbox [ngModel]="d.provisional" (ngModelChange)="patch({ provisional: $event })">
            {{ 'calendar.field.provisional' | t }}
          </label>
        </div>
        @if (lineProblems().length) {
          <ul class="bst-field-problems" data-testid="calendar-line-problems">
            @for (p of lineProblems(); track $index) {
              <li>{{ 'calendar.lineProblem' | t: { line: p.line, text: p.text } }}</li>
            }
          </ul>
        }
        @if (saveError(); as e) {
          <bst-error-alert class="save-error" [error]="e" domain="calendar" />
        }
        <div class="buttons">
          <button nz-button type="button" (click)="draft.set(null)">{{ 'common.cancel' | t }}</button>
          <button
            nz-button
            nzType="primary"
            type="button"
            [nzLoading]="saving()"
            (click)="save()"
            data-testid="calendar-save"
          >
            {{ 'common.save' | t }}
          </button>
        </div>
      </nz-card>
    }
    <!-- Narrow screens: one card per year instead of the wide table. -->
    <div class="year-cards">
      @for (y of years(); track y.year) {
        <nz-card class="year-card" data-testid="calendar-card" [attr.data-year]="y.year">
          <div class="card-head">
            <strong>{{ y.year }}</strong>
            <nz-tag [nzColor]="originColour[y.origin]">{{ originLabel(y.origin) | t }}</nz-tag>
            @if (y.provisional) {
              <nz-tag nzColor="gold">{{ 'calendar.provisional' | t }}</nz-tag>
            }
          </div>
          @for (h of periods(y); track h.from) {
            <div class="period">
              <span class="name">{{ h.name }}</span>
              <span class="bst-muted">
                {{ h.from === h.to ? h.from : h.from + '～' + h.to.slice(5) }} ·
                {{ 'calendar.days' | t: { n: h.days } }}
              </span>
            </div>
          }
          @if (y.makeUpWorkdays.length) {
            <div class="bst-muted small make-up">
              {{ 'calendar.col.makeUp' | t }}：{{ y.makeUpWorkdays.join('、') }}
            </div>
          }
          @if (y.source) {
            <div class="bst-muted small">{{ y.source }}</div>
          }
          <div class="card-actions">
            <button nz-button nzSize="small" type="button" (click)="edit(y)">{{ 'calendar.edit' | t }}</button>
            @if (y.origin !== 'shipped') {
              <button
                nz-button
                nzSize="small"
                nzDanger
                type="button"
                nz-popconfirm
                [nzPopconfirmTitle]="'calendar.resetConfirm' | t: { year: y.year }"
                (nzOnConfirm)="reset(y.year)"
              >
                {{ (y.origin === 'added' ? 'calendar.remove' : 'calendar.reset') | t }}
              </button>
            }
          </div>
        </nz-card>
      }
    </div>
    <nz-card class="year-table">
      <nz-table
        #table
        nzSize="middle"
        [nzData]="years()"
        [nzFrontPagination]="false"
        [nzShowPagination]="false"
        [nzLoading]="view().state === 'loading'"
        [nzScroll]="{ x: '900px' }"
      >
        <thead>
          <tr>
            <th nzWidth="70px">{{ 'calendar.col.year' | t }}</th>
            <th nzWidth="100px">{{ 'calendar.col.origin' | t }}</th>
            <th nzWidth="300px">{{ 'calendar.col.holidays' | t }}</th>
            <th nzWidth="130px">{{ 'calendar.col.makeUp' | t }}</th>
            <th>{{ 'calendar.col.notice' | t }}</th>
            <th nzWidth="130px">{{ 'calendar.col.updated' | t }}</th>
            <th nzWidth="140px">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (y of table.data; track y.year) {
            <tr data-testid="calendar-row" [attr.data-year]="y.year">
              <td>
                <strong>{{ y.year }}</strong>
              </td>
              <td>
                <nz-tag [nzColor]="originColour[y.origin]">{{ originLabel(y.origin) | t }}</nz-tag>
                @if (y.provisional) {
                  <nz-tag nzColor="gold">{{ 'calendar.provisional' | t }}</nz-tag>
                }
              </td>
              <td>
                @for (h of periods(y); track h.from) {
                  <div class="period">
                    <span class="name">{{ h.name }}</span>
                    <span class="bst-muted">
                      {{ h.from === h.to ? h.from : h.from + '～' + h.to.slice(5) }} ·
                      {{ 'calendar.days' | t: { n: h.days } }}
                    </span>
                  </div>
                }
              </td>
              <td class="bst-mono">
                @for (d of y.makeUpWorkdays; track d) {
                  <div>{{ d }}</div>
                }
              </td>
              <td class="small">{{ y.source ?? '—' }}</td>
              <td class="bst-muted small">
                @if (y.updatedAt) {
                  {{ y.updatedAt | date: 'yyyy-MM-dd HH:mm' }}
                  <div>{{ y.updatedBy }}</div>
                } @else {
                  —
                }
              </td>
              <td>
                <button nz-button nzType="link" type="button" (click)="edit(y)" data-testid="calendar-edit">
                  {{ 'calendar.edit' | t }}
                </button>
                @if (y.origin !== 'shipped') {
                  <button
                    nz-button
                    nzType="link"
                    nzDanger
                    type="button"
                    nz-popconfirm
                    [nzPopconfirmTitle]="'calendar.resetConfirm' | t: { year: y.year }"
                    (nzOnConfirm)="reset(y.year)"
                    data-testid="calendar-reset"
                  >
                    {{ (y.origin === 'added' ? 'calendar.remove' : 'calendar.reset') | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
  `,
  styles: `
    .intro {
      margin-bottom: 12px;
    }
    .missing,
    .editor {
      margin-bottom: 16px;
    }
    .fields {
      display: grid;
      gap: 12px;
    }
    .field {
      display: grid;
      gap: 4px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 12px;
    }
    .save-error {
      display: block;
      margin-top: 12px;
    }
    .small {
      font-size: 12px;
    }
    .year-cards {
      display: none;
    }
    .year-card {
      margin-bottom: 12px;
    }
    .card-head {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
    .make-up {
      margin-top: 6px;
    }
    .card-actions {
      display: flex;
      gap: 8px;
      margin-top: 10px;
    }
    @media (max-width: 767px) {
      .year-cards {
        display: block;
      }
      .year-table {
        display: none;
      }
    }
    .period {
      display: flex;
      flex-wrap: wrap;
      column-gap: 8px;
    }
    .period .name {
      min-width: 5em;
    }
    .period .bst-muted {
      white-space: nowrap;
    }
  `,
})
export class CalendarPageComponent {
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(TranslateService);
  private readonly message = inject(NzMessageService);

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
  protected readonly originColour = ORIGIN_COLOUR;

  protected readonly draft = signal<Draft | null>(null);
  protected readonly adding = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<unknown>(null);
  protected readonly lineProblems = signal<{ line: number; text: string }[]>([]);

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected originLabel(origin: CalendarYear['origin']): MessageKey {
    return `calendar.origin.${origin}`;
  }

  /** The days off grouped into their holiday periods: name, first and last day, how many days. */
  protected periods(year: CalendarYear): { name: string; from: string; to: string; days: number }[] {
    const periods: { name: string; from: string; to: string; days: number }[] = [];
    for (const h of [...year.holidays].sort((a, b) => a.date.localeCompare(b.date))) {
      const last = periods.at(-1);
      if (last && last.name === this.i18n.label({ zh: h.name, en: h.nameEn })) {
        last.to = h.date;
        last.days += 1;
      } else periods.push({ name: this.i18n.label({ zh: h.name, en: h.nameEn }), from: h.date, to: h.date, days: 1 });
    }
    return periods;
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

  protected patch(change: Partial<Draft>): void {
    this.draft.update((d) => (d ? { ...d, ...change } : d));
  }

  protected save(): void {
    const d = this.draft();
    if (!d) return;
    const { input, problems } = parseYearText(d);
    this.lineProblems.set(problems);
    if (problems.length) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.api
      .save(d.year, { ...input, provisional: d.provisional, ...(d.source.trim() ? { source: d.source.trim() } : {}) })
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.draft.set(null);
          this.message.success(this.i18n.t('calendar.saved', { year: d.year }));
          this.reload();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.saveError.set(error);
        },
      });
  }

  protected reset(year: number): void {
    this.api.reset(year).subscribe({
      next: () => {
        this.message.success(this.i18n.t('calendar.wasReset', { year }));
        this.reload();
      },
      error: (error: unknown) => this.saveError.set(error),
    });
  }

  private open(draft: Draft, adding: boolean): void {
    this.adding.set(adding);
    this.saveError.set(null);
    this.lineProblems.set([]);
    this.draft.set(draft);
  }
}
