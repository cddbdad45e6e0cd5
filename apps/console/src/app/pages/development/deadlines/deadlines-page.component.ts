import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { AlertLevel, DeadlineRow } from '@bastion/development-contracts';
import type { TextKey, TextRef } from '@bastion/messages';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import {
  DevelopmentApi,
  listByFilters,
  type FilterField,
  type FilterSource,
  LIST_PAGE_IMPORTS,
  ListFilters,
  type ListSpec,
  type MessageKey,
  TextPipe,
} from '@bastion/console-ui';
import { DEV_LABELS, statusColour } from '../development-labels';
import { DueDateComponent } from '../shared/due-date.component';
import { byUrgency, daysLeftShown, isOverdue, type Window, windowFromParam, WINDOWS } from './deadline-order';

interface DeadlineFilters {
  withinDays: Window;
  orgId: string | null;
}

/**
 * 临近期限: the clocks of the subtree's cases that fall due in the next 30 or 90 days, the overdue
 * ones first and in red, each linking to its case.
 */
@Component({
  selector: 'bst-deadlines-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE_IMPORTS, FormsModule, NzRadioModule, DueDateComponent, TextPipe],
  templateUrl: './deadlines-page.component.html',
  styles: `
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
  /** The window and the subtree live in the address; only the subtree counts as narrowing the list. */
  protected readonly filters: ListFilters<DeadlineFilters> = new ListFilters<DeadlineFilters>(
    { withinDays: 30, orgId: null },
    { withinDays: windowFromParam(this.params['withinDays']), orgId: this.params['orgId'] || null },
    undefined,
    () => this.remember(),
    (filters) => !!filters.orgId,
  );
  protected readonly pager = this.filters.pager;
  /** Clearing the bar lets go of the subtree and keeps the window. */
  protected readonly filterBar: FilterSource = {
    values: this.filters.values,
    filtered: this.filters.filtered,
    apply: (changed) => this.filters.apply(changed),
    clear: () => this.filters.patch({ orgId: null }),
    reload: () => this.filters.reload(),
  };
  protected readonly filterFields: readonly FilterField[] = [
    { key: 'withinDays', kind: 'slot' },
    { key: 'orgId', kind: 'org', label: 'dev.filter.org', testId: 'deadlines-org', width: '260px' },
  ];

  protected readonly list = listByFilters(this.filters, (query) => this.api.deadlines(query));
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
    emptyParams: () => ({ n: this.filters.values().withinDays }),
    testIds: {
      table: 'deadline-table',
      row: 'deadline-row',
      empty: 'deadlines-empty',
      pager: 'deadlines-pager',
    },
  };

  private remember(): void {
    const { withinDays, orgId } = this.filters.values();
    void this.router.navigate([], {
      queryParams: { withinDays: withinDays === 30 ? null : withinDays, orgId },
      replaceUrl: true,
    });
  }
}
