import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CaseRow } from '@bastion/development-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  CursorPager,
  DevelopmentApi,
  ErrorAlertComponent,
  FilterBarComponent,
  LabelPipe,
  OrgPickerComponent,
  pagedList,
  PagerBarComponent,
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
    NzCardModule,
    NzCheckboxModule,
    NzEmptyModule,
    NzIconModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    DueDateComponent,
    ErrorAlertComponent,
    FilterBarComponent,
    LabelPipe,
    OrgPickerComponent,
    PagerBarComponent,
    SearchBoxComponent,
    TranslatePipe,
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
