import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { clock } from '@bastion/calendar';
import type { BatchView, TrafficLight } from '@bastion/rectification-contracts';
import {
  ActedRecord,
  ButtonRowComponent,
  type ButtonSpec,
  CursorPager,
  PAGE_IMPORTS,
  pagedList,
  PagerBarComponent,
  RectificationApi,
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
    ...PAGE_IMPORTS,
    BatchReportPanelComponent,
    ButtonRowComponent,
    ImportDialogComponent,
    ItemCountsComponent,
    ItemRegisterComponent,
    ItemTableComponent,
    PagerBarComponent,
  ],
  templateUrl: './batch-page.component.html',
  styles: `
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

  /** Reloading keeps the page on screen until the new copy arrives. */
  private readonly record = new ActedRecord(this.id, (id) => this.api.batch(id));
  protected readonly batch = this.record.view.asReadonly();
  /** Counts the reloads, so the batch's items are fetched again with it. */
  private readonly reloads = signal(0);

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
    view.row.reportDeadline < clock.today();

  /** The work on the batch for its supervisors, then the board and the lists of its items for everyone. */
  protected actions(view: BatchView): readonly ButtonSpec[] {
    const id = view.row.id;
    const supervise: readonly ButtonSpec[] = [
      {
        key: 'register',
        label: 'rect.batch.register',
        icon: 'plus',
        type: 'primary',
        testId: 'batch-register',
      },
      { key: 'import', label: 'rect.batch.import', icon: 'upload', testId: 'batch-import' },
      {
        key: 'paper',
        label: 'rect.batch.paper',
        icon: 'container',
        link: ['/rectification/batches', id, 'migrate'],
        testId: 'batch-paper',
      },
    ];
    const everyone: readonly ButtonSpec[] = [
      {
        key: 'board',
        label: 'rect.batch.board',
        icon: 'fund',
        link: ['/rectification/board'],
        queryParams: { batchId: id },
        testId: 'batch-board',
      },
      {
        key: 'lists',
        label: 'rect.batch.lists',
        icon: 'unordered-list',
        link: ['/rectification/items'],
        queryParams: { batchId: id },
      },
      { key: 'reload', label: 'common.reload', icon: 'reload', iconOnly: true },
    ];
    return view.canSupervise ? [...supervise, ...everyone] : everyone;
  }

  protected press(key: string): void {
    if (key === 'register') this.registering.set(true);
    else if (key === 'import') this.importing.set(true);
    else this.reload();
  }

  protected pickLight(light: TrafficLight | null): void {
    this.pager.reset();
    this.light.set(light);
  }

  protected reload(): void {
    this.record.reload();
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
