import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { BatchView, TrafficLight } from '@bastion/rectification-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  CursorPager,
  ErrorAlertComponent,
  keptLoad,
  LabelPipe,
  pagedList,
  PagerBarComponent,
  RectificationApi,
  toLocalDate,
  TranslatePipe,
} from '@bastion/console-ui';
import { NO_FILTERS, listQuery } from '../items/item-query';
import { ItemTableComponent } from '../items/item-table.component';
import { batchStatusColour, LABELS } from '../rectification-labels';
import { ItemCountsComponent } from '../shared/item-counts.component';
import { BatchReportPanelComponent } from './batch-report-panel.component';
import { ImportDialogComponent } from './import-dialog.component';
import { ItemRegisterComponent } from './item-register.component';

/**
 * One finding batch: its report deadline and status, its items by light and status, and the
 * work on it — register an item, import a spreadsheet of them, submit the report for the
 * principal leader to sign — with links to the printable report and the board.
 */
@Component({
  selector: 'bst-batch-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzIconModule,
    NzSkeletonModule,
    NzTagModule,
    BatchReportPanelComponent,
    ErrorAlertComponent,
    ImportDialogComponent,
    ItemCountsComponent,
    ItemRegisterComponent,
    ItemTableComponent,
    LabelPipe,
    PagerBarComponent,
    TranslatePipe,
  ],
  templateUrl: './batch-page.component.html',
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .block {
      display: block;
      margin-top: 16px;
    }
    .counts {
      margin-bottom: 16px;
    }
  `,
})
export class BatchPageComponent {
  private readonly api = inject(RectificationApi);

  protected readonly labels = LABELS;
  protected readonly statusColour = batchStatusColour;

  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly reloads = signal(0);
  protected readonly batch = keptLoad(
    () => ({ id: this.id(), reload: this.reloads() }),
    ({ id }) => id,
    ({ id }) => this.api.batch(id),
  );

  protected readonly registering = signal(false);
  protected readonly importing = signal(false);
  protected readonly light = signal<TrafficLight | null>(null);
  protected readonly pager = new CursorPager();
  protected readonly items = pagedList(
    this.pager,
    () => ({
      query: listQuery(
        'task',
        { ...NO_FILTERS, batchId: this.id(), light: this.light() },
        { limit: this.pager.pageSize(), cursor: this.pager.cursor() },
      ),
      reload: this.reloads(),
    }),
    ({ query }) => this.api.items(query),
  );

  protected readonly reportOverdue = (view: BatchView) =>
    (view.row.status === 'open' || view.row.status === 're_sign_required') &&
    view.row.reportDeadline < (toLocalDate(new Date()) ?? '');

  protected pickLight(light: TrafficLight | null): void {
    this.pager.reset();
    this.light.set(light);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected importClosed(): void {
    this.importing.set(false);
    this.reload();
  }

  protected registered(): void {
    this.registering.set(false);
    this.reload();
  }
}
