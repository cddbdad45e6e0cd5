import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { EMPTY } from 'rxjs';
import {
  EchartComponent,
  type FilterField,
  FilterFieldsComponent,
  FilterSlotDirective,
  type FilterSource,
  keptLoad,
  LightLegendComponent,
  PAGE_IMPORTS,
  RectificationApi,
  TranslateService,
} from '@bastion/console-ui';
import { ItemTableComponent } from '../items/item-table.component';
import { countdownText, LABELS } from '../rectification-labels';
import { BatchPickerComponent } from '../shared/batch-picker.component';
import {
  type BoardTexts,
  boardTotals,
  byUrgency,
  chartHeight,
  progressOption,
  timelineOption,
} from './board-options';

/**
 * 挂图作战: the items of a batch or of an organisation's subtree on a timeline around today, in
 * their traffic-light colours with countdowns, and progress by organisation across the tree —
 * with the same items as a list below for reading and for screen readers.
 */
@Component({
  selector: 'bst-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    FormsModule,
    NzProgressModule,
    BatchPickerComponent,
    EchartComponent,
    FilterFieldsComponent,
    FilterSlotDirective,
    ItemTableComponent,
    LightLegendComponent,
  ],
  templateUrl: './board-page.component.html',
  styles: `
    .picker {
      width: 280px;
    }
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 24px;
    }
    .stat strong {
      display: block;
      font-size: 24px;
    }
  `,
})
export class BoardPageComponent {
  private readonly api = inject(RectificationApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  /** Query parameters: the board is of a batch or of an organisation's subtree. */
  readonly batchId = input<string | undefined>();
  readonly orgId = input<string | undefined>();

  protected readonly labels = LABELS;
  protected readonly fields: readonly FilterField[] = [
    { key: 'batchId', kind: 'slot' },
    { key: 'orgId', kind: 'org', label: 'rect.board.pickOrg', testId: 'board-org', width: '280px' },
  ];
  private readonly reloads = signal(0);

  protected readonly subject = computed(() => {
    const batchId = this.batchId();
    const orgId = this.orgId();
    return batchId ? { batchId } : orgId ? { orgId } : null;
  });

  /** The board's subject as its filters: picking a batch or an organisation drops the other. */
  protected readonly subjects: FilterSource = {
    values: computed(() => ({ batchId: this.batchId() ?? null, orgId: this.orgId() ?? null })),
    apply: (picked) =>
      void this.router.navigate([], {
        queryParams: { batchId: picked['batchId'] ?? null, orgId: picked['orgId'] ?? null },
      }),
    reload: () => this.reload(),
  };

  protected readonly board = keptLoad(
    () => ({ subject: this.subject(), reload: this.reloads() }),
    ({ subject }) => JSON.stringify(subject),
    ({ subject }) => (subject ? this.api.board(subject) : EMPTY),
  );

  private readonly texts = computed<BoardTexts>(() => {
    // Read the language so the charts redraw in the other one after a switch.
    this.i18n.language();
    return {
      today: this.i18n.t('rect.board.today'),
      countdown: (days) => countdownText(this.i18n, days),
      closed: this.i18n.label(LABELS.status.closed),
      noDeadline: this.i18n.t('rect.board.noDeadline'),
      series: {
        closed: this.i18n.label(LABELS.status.closed),
        green: this.i18n.t('light.green'),
        amber: this.i18n.t('light.amber'),
        red: this.i18n.t('light.red'),
      },
    };
  });

  protected readonly charts = computed(() => {
    const load = this.board();
    if (load.state !== 'ready') return null;
    const board = load.value;
    return {
      timeline: timelineOption(board, this.texts()),
      timelineHeight: chartHeight(board.items.length),
      progress: progressOption(board.byOrg, this.texts()),
      progressHeight: chartHeight(board.byOrg.length),
      items: byUrgency(board.items),
      totals: boardTotals(board.byOrg),
    };
  });

  protected open(itemId: string): void {
    void this.router.navigate(['/rectification/items', itemId]);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
