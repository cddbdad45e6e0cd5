import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AlertLevel, DeadlineRow } from '@bastion/development-contracts';
import type { TextKey, TextRef } from '@bastion/messages';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  CursorPager,
  DevelopmentApi,
  FilterBarComponent,
  LabelPipe,
  ListCellDirective,
  ListPageComponent,
  type ListSpec,
  type MessageKey,
  OrgPickerComponent,
  pagedList,
  TextPipe,
  TranslatePipe,
} from '@bastion/console-ui';
import { DEV_LABELS, statusColour } from '../development-labels';
import { DueDateComponent } from '../shared/due-date.component';
import { byUrgency, daysLeftShown, isOverdue, type Window, windowFromParam, WINDOWS } from './deadline-order';

/**
 * 临近期限: the clocks of the subtree's cases that fall due in the next 30 or 90 days, the overdue
 * ones first and in red, each linking to its case.
 */
@Component({
  selector: 'bst-deadlines-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    NzRadioModule,
    NzTagModule,
    DueDateComponent,
    FilterBarComponent,
    LabelPipe,
    OrgPickerComponent,
    TextPipe,
    TranslatePipe,
    ListCellDirective,
    ListPageComponent,
  ],
  templateUrl: './deadlines-page.component.html',
  styles: `
    .wide {
      width: 260px;
    }
    .rule {
      font-size: 12px;
    }
  `,
})
export class DeadlinesPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);

  protected readonly labels = DEV_LABELS;
  protected readonly statusColour = statusColour;
  protected readonly windows = WINDOWS;
  protected readonly isOverdue = isOverdue;
  protected readonly daysLeftShown = daysLeftShown;
  protected readonly levelLabel = (level: AlertLevel): MessageKey => `dev.level.${level}`;
  /** The clock's rule in the console's language, by the key the service names it with. */
  protected readonly ruleOf = (row: DeadlineRow): TextRef => ({ key: row.ruleKey as TextKey });

  private readonly params = inject(ActivatedRoute).snapshot.queryParams as Record<string, string | undefined>;
  protected readonly within = signal<Window>(windowFromParam(this.params['withinDays']));
  protected readonly orgId = signal<string | null>(this.params['orgId'] || null);
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);

  protected readonly list = pagedList(
    this.pager,
    () => ({
      query: {
        withinDays: this.within(),
        orgId: this.orgId() ?? undefined,
        limit: this.pager.pageSize(),
        cursor: this.pager.cursor() ?? undefined,
      },
      reload: this.reloads(),
    }),
    ({ query }) => this.api.deadlines(query),
  );
  protected readonly rows = computed(() => byUrgency(this.list.rows()));
  protected readonly spec: ListSpec<DeadlineRow> = {
    title: 'dev.deadlines.title',
    pager: this.pager,
    columns: [
      { key: 'due', title: 'dev.col.due', width: '220px' },
      { key: 'clock', title: 'dev.col.clock' },
      { key: 'name', title: 'dev.col.name' },
      { key: 'org', title: 'dev.col.org' },
      { key: 'status', title: 'dev.col.status' },
      { key: 'rule', title: 'dev.col.rule', cellClass: 'bst-muted' },
    ],
    rowKey: (row) => row.caseId + row.clock,
    rowMarks: (row) => ({ overdue: isOverdue(row), clock: row.clock }),
    rowOverdue: isOverdue,
    empty: () => 'dev.deadlines.empty',
    emptyParams: () => ({ n: this.within() }),
    testIds: {
      table: 'deadline-table',
      row: 'deadline-row',
      empty: 'deadlines-empty',
      pager: 'deadlines-pager',
    },
  };

  protected pickWindow(window: Window): void {
    this.pager.reset();
    this.within.set(window);
    this.remember();
  }

  protected pickOrg(orgId: string | null): void {
    this.pager.reset();
    this.orgId.set(orgId);
    this.remember();
  }

  protected clear(): void {
    this.pickOrg(null);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private remember(): void {
    void this.router.navigate([], {
      queryParams: { withinDays: this.within() === 30 ? null : this.within(), orgId: this.orgId() },
      replaceUrl: true,
    });
  }
}
