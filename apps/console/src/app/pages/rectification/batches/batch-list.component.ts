import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { BatchRow, FindingSource } from '@bastion/rectification-contracts';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  canRectify,
  CreateButtonComponent,
  FilterBarComponent,
  FilterSelectComponent,
  LabelPipe,
  ListCellDirective,
  ListControls,
  ListPageComponent,
  type ListSpec,
  OrgPickerComponent,
  pagedList,
  ProvisionalTagComponent,
  RectificationApi,
  SearchBoxComponent,
  SessionService,
  TranslatePipe,
} from '@bastion/console-ui';
import { batchStatusColour, LABELS, SOURCES } from '../rectification-labels';
import { BatchFormComponent } from './batch-form.component';

/**
 * 整改批次: what each inspection or check fed back to which organisation, with its report
 * deadline and how far its items have come. Supervisors open new batches here.
 */
@Component({
  selector: 'bst-batch-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    NzProgressModule,
    NzTagModule,
    BatchFormComponent,
    SearchBoxComponent,
    LabelPipe,
    OrgPickerComponent,
    TranslatePipe,
    ListCellDirective,
    ListPageComponent,
    FilterBarComponent,
    ProvisionalTagComponent,
    FilterSelectComponent,
    CreateButtonComponent,
  ],
  templateUrl: './batch-list.component.html',
  styles: `
    .search {
      width: 300px;
    }
    .filter {
      width: 200px;
    }
    .progress {
      min-width: 140px;
    }
  `,
})
export class BatchListComponent {
  private readonly api = inject(RectificationApi);
  private readonly router = inject(Router);
  private readonly me = inject(SessionService).me;

  protected readonly labels = LABELS;
  protected readonly sources = SOURCES;
  protected readonly sourceText = (source: FindingSource) => LABELS.source[source];
  protected readonly statusColour = batchStatusColour;
  protected readonly canCreate = computed(() => canRectify(this.me(), 'rectification.supervise'));
  protected readonly creating = signal(false);

  protected readonly source = signal<FindingSource | null>(null);
  protected readonly orgId = signal<string | null>(null);
  protected readonly controls = new ListControls();
  protected readonly pager = this.controls.pager;

  protected readonly filtered = computed(() => !!(this.controls.q() || this.source() || this.orgId()));

  protected readonly list = pagedList(
    this.pager,
    () => ({
      q: this.controls.q() || undefined,
      source: this.source() ?? undefined,
      orgId: this.orgId() ?? undefined,
      limit: this.pager.pageSize(),
      cursor: this.pager.cursor() ?? undefined,
      reload: this.controls.reloads(),
    }),
    ({ reload: _reload, ...query }) => this.api.batches(query),
  );
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
    empty: () => (this.filtered() ? 'rect.batches.noMatch' : 'rect.batches.empty'),
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
