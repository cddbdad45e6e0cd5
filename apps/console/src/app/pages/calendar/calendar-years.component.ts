import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { CalendarYear } from '@bastion/identity-contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { KIT_IMPORTS, type MessageKey, TranslateService } from '@bastion/console-ui';

const ORIGIN_COLOUR: Record<CalendarYear['origin'], string> = {
  shipped: 'default',
  overridden: 'orange',
  added: 'green',
};

/** The table's headings and widths. */
const COLUMNS: readonly { title: MessageKey; width: string | null }[] = [
  { title: 'calendar.col.year', width: '70px' },
  { title: 'calendar.col.origin', width: '100px' },
  { title: 'calendar.col.holidays', width: '300px' },
  { title: 'calendar.col.makeUp', width: '130px' },
  { title: 'calendar.col.notice', width: null },
  { title: 'calendar.col.updated', width: '130px' },
  { title: 'common.actions', width: '140px' },
];

/** The calendar's years, newest first: a table on wide screens, one card per year on narrow ones. */
@Component({
  selector: 'bst-calendar-years',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, DatePipe, NgTemplateOutlet, NzCardModule, NzPopconfirmModule, NzTableModule],
  template: `
    <!-- What a year shows, the same in its card and in its row. -->
    <ng-template #origin let-y>
      <nz-tag [nzColor]="originColour(y.origin)">{{ originLabel(y.origin) | t }}</nz-tag>
      @if (y.provisional) {
        <nz-tag nzColor="gold">{{ 'calendar.provisional' | t }}</nz-tag>
      }
    </ng-template>
    <ng-template #holidays let-y>
      @for (h of periods(y); track h.from) {
        <div class="period">
          <span class="name">{{ h.name }}</span>
          <span class="bst-muted">
            {{ h.from === h.to ? h.from : h.from + '～' + h.to.slice(5) }} ·
            {{ 'calendar.days' | t: { n: h.days } }}
          </span>
        </div>
      }
    </ng-template>
    <!-- In a row the buttons are links and carry the test ids; in a card they are small buttons. -->
    <ng-template #actions let-y let-row="row">
      <button
        nz-button
        [nzType]="row ? 'link' : 'default'"
        [nzSize]="row ? 'default' : 'small'"
        type="button"
        (click)="edited.emit(y)"
        [attr.data-testid]="row ? 'calendar-edit' : null"
      >
        {{ 'calendar.edit' | t }}
      </button>
      @if (y.origin !== 'shipped') {
        <button
          nz-button
          [nzType]="row ? 'link' : 'default'"
          [nzSize]="row ? 'default' : 'small'"
          nzDanger
          type="button"
          nz-popconfirm
          [nzPopconfirmTitle]="'calendar.resetConfirm' | t: { year: y.year }"
          (nzOnConfirm)="reverted.emit(y.year)"
          [attr.data-testid]="row ? 'calendar-reset' : null"
        >
          {{ (y.origin === 'added' ? 'calendar.remove' : 'calendar.reset') | t }}
        </button>
      }
    </ng-template>

    <!-- Narrow screens: one card per year instead of the wide table. -->
    <div class="year-cards">
      @for (y of years(); track y.year) {
        <nz-card class="year-card" data-testid="calendar-card" [attr.data-year]="y.year">
          <div class="card-head">
            <strong>{{ y.year }}</strong>
            <ng-container *ngTemplateOutlet="origin; context: { $implicit: y }" />
          </div>
          <ng-container *ngTemplateOutlet="holidays; context: { $implicit: y }" />
          @if (y.makeUpWorkdays.length) {
            <div class="bst-muted small make-up">
              {{ 'calendar.col.makeUp' | t }}：{{ y.makeUpWorkdays.join('、') }}
            </div>
          }
          @if (y.source) {
            <div class="bst-muted small">{{ y.source }}</div>
          }
          <div class="card-actions">
            <ng-container *ngTemplateOutlet="actions; context: { $implicit: y, row: false }" />
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
        [nzLoading]="loading()"
        [nzScroll]="{ x: '900px' }"
      >
        <thead>
          <tr>
            @for (column of columns; track column.title) {
              <th [nzWidth]="column.width">{{ column.title | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (y of table.data; track y.year) {
            <tr data-testid="calendar-row" [attr.data-year]="y.year">
              <td>
                <strong>{{ y.year }}</strong>
              </td>
              <td><ng-container *ngTemplateOutlet="origin; context: { $implicit: y }" /></td>
              <td><ng-container *ngTemplateOutlet="holidays; context: { $implicit: y }" /></td>
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
              <td><ng-container *ngTemplateOutlet="actions; context: { $implicit: y, row: true }" /></td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
  `,
  styles: `
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
export class CalendarYearsComponent {
  private readonly i18n = inject(TranslateService);

  readonly years = input.required<readonly CalendarYear[]>();
  readonly loading = input(false);
  readonly edited = output<CalendarYear>();
  readonly reverted = output<number>();

  protected readonly columns = COLUMNS;

  protected originColour(origin: CalendarYear['origin']): string {
    return ORIGIN_COLOUR[origin];
  }

  protected originLabel(origin: CalendarYear['origin']): MessageKey {
    return `calendar.origin.${origin}`;
  }

  /** The days off grouped into their holiday periods: name, first and last day, how many days. */
  protected periods(year: CalendarYear): { name: string; from: string; to: string; days: number }[] {
    const periods: { name: string; from: string; to: string; days: number }[] = [];
    for (const h of [...year.holidays].sort((a, b) => a.date.localeCompare(b.date))) {
      const name = this.i18n.label({ zh: h.name, en: h.nameEn });
      const last = periods.at(-1);
      if (last && last.name === name) {
        last.to = h.date;
        last.days += 1;
      } else periods.push({ name, from: h.date, to: h.date, days: 1 });
    }
    return periods;
  }
}
