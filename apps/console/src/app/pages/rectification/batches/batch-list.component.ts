import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { BatchRow, FindingSource } from '@bastion/rectification-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  canRectify,
  CursorPager,
  ErrorAlertComponent,
  LabelPipe,
  OrgPickerComponent,
  pagedList,
  PagerBarComponent,
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
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzProgressModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    BatchFormComponent,
    ErrorAlertComponent,
    SearchBoxComponent,
    LabelPipe,
    OrgPickerComponent,
    PagerBarComponent,
    TranslatePipe,
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
  protected readonly statusColour = batchStatusColour;
  protected readonly canCreate = computed(() => canRectify(this.me(), 'rectification.supervise'));
  protected readonly creating = signal(false);

  /** The search in force; the box applies what is typed on Enter or its button. */
  protected readonly q = signal('');
  protected readonly source = signal<FindingSource | null>(null);
  protected readonly orgId = signal<string | null>(null);
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);

  protected readonly filtered = computed(() => !!(this.q() || this.source() || this.orgId()));

  protected readonly list = pagedList(
    this.pager,
    () => ({
      q: this.q() || undefined,
      source: this.source() ?? undefined,
      orgId: this.orgId() ?? undefined,
      limit: this.pager.pageSize(),
      cursor: this.pager.cursor() ?? undefined,
      reload: this.reloads(),
    }),
    ({ reload: _reload, ...query }) => this.api.batches(query),
  );

  protected search(q: string): void {
    this.pager.reset();
    this.q.set(q);
  }

  /** Sets one filter and goes back to the first page, as every change of filter must. */
  protected filter<T>(target: { set(value: T): void }, value: T): void {
    this.pager.reset();
    target.set(value);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected percentClosed(row: BatchRow): number {
    return row.itemCount ? Math.round((row.closedCount / row.itemCount) * 100) : 0;
  }

  protected created(id: string): void {
    this.creating.set(false);
    void this.router.navigate(['/rectification/batches', id]);
  }
}
