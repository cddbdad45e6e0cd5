import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { CaseRow, DevelopmentStatus } from '@bastion/development-contracts';
import {
  DevelopmentApi,
  filteredList,
  type FilterField,
  LIST_PAGE_IMPORTS,
  ListFilters,
  type ListSpec,
  TranslateService,
} from '@bastion/console-ui';
import { caseCountText, DEV_LABELS, STATUSES, statusColour } from '../development-labels';
import { daysUntil, shanghaiToday } from '../shared/business-date';
import { DueDateComponent } from '../shared/due-date.component';
import {
  type CaseFilters,
  caseFiltersFromParams,
  caseFiltersToParams,
  caseQuery,
  isFiltered,
  NO_CASE_FILTERS,
} from './case-query';

/**
 * 发展党员名册: the cases of an organisation's subtree, by status, overdue or not, closed ones on
 * request, searched by name; each opens its case. The filters live in the address, so the board's
 * links and the back button keep them.
 */
@Component({
  selector: 'bst-case-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE_IMPORTS, DueDateComponent],
  templateUrl: './case-list-page.component.html',
})
export class CaseListPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  protected readonly labels = DEV_LABELS;
  protected readonly statusColour = statusColour;
  protected readonly today = shanghaiToday();

  private readonly params = inject(ActivatedRoute).snapshot.queryParams as Record<string, string | undefined>;
  /** The filters live in the address: every change writes it. */
  protected readonly filters: ListFilters<CaseFilters> = new ListFilters<CaseFilters>(
    NO_CASE_FILTERS,
    caseFiltersFromParams(this.params),
    undefined,
    () =>
      void this.router.navigate([], {
        queryParams: caseFiltersToParams(this.filters.values()),
        replaceUrl: true,
      }),
    isFiltered,
  );
  protected readonly pager = this.filters.pager;
  protected readonly filterFields: readonly FilterField[] = [
    {
      key: 'q',
      kind: 'search',
      label: 'dev.cases.searchPlaceholder',
      testId: 'cases-search',
      width: '240px',
    },
    { key: 'orgId', kind: 'org', label: 'dev.filter.org', testId: 'cases-org', width: '260px' },
    {
      key: 'status',
      kind: 'select',
      label: 'dev.filter.status',
      testId: 'cases-status',
      width: '180px',
      options: STATUSES,
      text: (status: DevelopmentStatus) => DEV_LABELS.status[status],
    },
    { key: 'overdue', kind: 'check', label: 'dev.filter.overdue', testId: 'cases-overdue' },
    { key: 'includeClosed', kind: 'check', label: 'dev.filter.includeClosed', testId: 'cases-closed' },
  ];

  protected readonly list = filteredList(this.filters, caseQuery, (query) => this.api.cases(query));
  protected readonly spec: ListSpec<CaseRow> = {
    title: 'dev.cases.title',
    pager: this.pager,
    columns: [
      { key: 'number', title: 'dev.col.number', width: '140px', cellClass: 'bst-mono' },
      { key: 'name', title: 'dev.col.name' },
      { key: 'org', title: 'dev.col.org' },
      { key: 'status', title: 'dev.col.status' },
      { key: 'step', title: 'dev.col.currentStep' },
      { key: 'due', title: 'dev.col.nextDue', width: '260px' },
    ],
    rowKey: (row) => row.id,
    rowMarks: (row) => ({ status: row.status, overdue: row.overdue }),
    empty: () => (this.filters.filtered() ? 'dev.cases.noMatch' : 'dev.cases.empty'),
    testIds: { table: 'case-table', row: 'case-row', empty: 'cases-empty', pager: 'cases-pager' },
  };

  protected totalText(n: number): string {
    return caseCountText(this.i18n, n);
  }

  protected daysLeft(row: CaseRow): number | null {
    return row.nextDue ? daysUntil(row.nextDue.due, this.today) : null;
  }
}
