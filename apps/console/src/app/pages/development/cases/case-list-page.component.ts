import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CaseRow, DevelopmentStatus } from '@bastion/development-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  CursorPager,
  DevelopmentApi,
  FilterBarComponent,
  FilterSelectComponent,
  LabelPipe,
  ListCellDirective,
  ListPageComponent,
  type ListSpec,
  OrgPickerComponent,
  pagedList,
  SearchBoxComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { DEV_LABELS, STATUSES, statusColour } from '../development-labels';
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
  imports: [
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCheckboxModule,
    NzIconModule,
    NzTagModule,
    DueDateComponent,
    FilterBarComponent,
    LabelPipe,
    ListCellDirective,
    ListPageComponent,
    OrgPickerComponent,
    SearchBoxComponent,
    TranslatePipe,
    FilterSelectComponent,
  ],
  templateUrl: './case-list-page.component.html',
  styles: `
    .search {
      width: 240px;
    }
    .filter {
      width: 180px;
    }
    .wide {
      width: 260px;
    }
  `,
})
export class CaseListPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);

  protected readonly labels = DEV_LABELS;
  protected readonly statuses = STATUSES;
  protected readonly statusText = (status: DevelopmentStatus) => DEV_LABELS.status[status];
  protected readonly statusColour = statusColour;
  protected readonly today = shanghaiToday();

  private readonly params = inject(ActivatedRoute).snapshot.queryParams as Record<string, string | undefined>;
  protected readonly filters = signal<CaseFilters>(caseFiltersFromParams(this.params));
  protected readonly filtered = computed(() => isFiltered(this.filters()));
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);

  protected readonly list = pagedList(
    this.pager,
    () => ({
      query: caseQuery(this.filters(), { limit: this.pager.pageSize(), cursor: this.pager.cursor() }),
      reload: this.reloads(),
    }),
    ({ query }) => this.api.cases(query),
  );
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
    empty: () => (this.filtered() ? 'dev.cases.noMatch' : 'dev.cases.empty'),
    testIds: { table: 'case-table', row: 'case-row', empty: 'cases-empty', pager: 'cases-pager' },
  };

  protected daysLeft(row: CaseRow): number | null {
    return row.nextDue ? daysUntil(row.nextDue.due, this.today) : null;
  }

  /** Sets one filter, goes back to the first page and writes the address. */
  protected set<K extends keyof CaseFilters>(key: K, value: CaseFilters[K]): void {
    this.pager.reset();
    this.filters.update((filters) => ({ ...filters, [key]: value }));
    this.remember();
  }

  protected clear(): void {
    this.pager.reset();
    this.filters.set(NO_CASE_FILTERS);
    this.remember();
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private remember(): void {
    void this.router.navigate([], { queryParams: caseFiltersToParams(this.filters()), replaceUrl: true });
  }
}
