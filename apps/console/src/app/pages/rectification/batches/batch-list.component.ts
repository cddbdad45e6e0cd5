import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { BatchRow, FindingSource } from '@bastion/rectification-contracts';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import {
  canRectify,
  listByFilters,
  type FilterField,
  LIST_PAGE_IMPORTS,
  ListFilters,
  type ListSpec,
  ProvisionalTagComponent,
  RectificationApi,
  SessionService,
} from '@bastion/console-ui';
import { sourceFilter } from '../items/item-filter-fields';
import { batchStatusColour, LABELS } from '../rectification-labels';
import { BatchFormComponent } from './batch-form.component';

/**
 * 整改批次: what each inspection or check fed back to which organisation, with its report
 * deadline and how far its items have come. Supervisors open new batches here.
 */
@Component({
  selector: 'bst-batch-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE_IMPORTS, NzProgressModule, BatchFormComponent, ProvisionalTagComponent],
  templateUrl: './batch-list.component.html',
  styles: '.progress { min-width: 140px; }',
})
export class BatchListComponent {
  private readonly api = inject(RectificationApi);
  private readonly router = inject(Router);
  private readonly me = inject(SessionService).me;

  protected readonly labels = LABELS;
  protected readonly fields: readonly FilterField[] = [
    {
      key: 'q',
      kind: 'search',
      label: 'rect.batches.searchPlaceholder',
      testId: 'batch-search',
      width: '300px',
    },
    sourceFilter('batch-source', '200px'),
    { key: 'orgId', kind: 'org', label: 'rect.filter.org', testId: 'batch-org', width: '200px' },
  ];
  protected readonly statusColour = batchStatusColour;
  protected readonly canCreate = computed(() => canRectify(this.me(), 'rectification.supervise'));
  protected readonly creating = signal(false);

  protected readonly filters = new ListFilters({
    q: '',
    source: null as FindingSource | null,
    orgId: null as string | null,
  });
  protected readonly pager = this.filters.pager;

  protected readonly list = listByFilters(this.filters, (query) => this.api.batches(query));
  protected readonly spec: ListSpec<BatchRow> = {
    title: 'rect.batches.title',
    pager: this.pager,
    columns: [
      { key: 'number', title: 'rect.col.number', width: '140px', cellClass: 'bst-mono' },
      { key: 'title', title: 'rect.col.batchTitle' },
      { key: 'source', title: 'rect.col.source' },
      { key: 'org', title: 'rect.col.inspectedOrg' },
      { key: 'feedback', title: 'rect.col.feedbackDate', width: '110px' },
      { key: 'deadline', title: 'rect.col.reportDeadline', width: '110px' },
      { key: 'status', title: 'rect.col.status' },
      { key: 'progress', title: 'rect.col.progress' },
    ],
    rowKey: (row) => row.id,
    empty: () => (this.filters.filtered() ? 'rect.batches.noMatch' : 'rect.batches.empty'),
    testIds: { table: 'batch-table', row: 'batch-row', empty: 'batch-empty', pager: 'batch-pager' },
  };

  protected percentClosed(row: BatchRow): number {
    return row.itemCount ? Math.round((row.closedCount / row.itemCount) * 100) : 0;
  }

  protected created(id: string): void {
    this.creating.set(false);
    void this.router.navigate(['/rectification/batches', id]);
  }
}
