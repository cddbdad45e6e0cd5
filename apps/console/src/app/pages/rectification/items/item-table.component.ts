import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { BoardView, ItemListView, ItemRow } from '@bastion/rectification-contracts';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import {
  DataTableComponent,
  KIT_IMPORTS,
  LightComponent,
  ListCellDirective,
  type ListColumn,
  type ListTestIds,
  type MessageKey,
  ProvisionalTagComponent,
  type TableSpec,
} from '@bastion/console-ui';
import { LABELS, statusColour } from '../rectification-labels';
import { CountdownComponent } from '../shared/countdown.component';
import { ItemFlagsComponent } from '../shared/item-flags.component';

/** The lists items are read in: the three lists of the items page, and the board's list. */
export type ItemTableView = ItemListView | 'board';
type BoardItem = BoardView['items'][number];

const DEADLINE: ListColumn = { key: 'deadline', title: 'rect.col.deadline', width: '190px' };
const LIGHT: ListColumn = { key: 'light', title: 'rect.col.light', width: '56px' };
const NUMBER: ListColumn = { key: 'number', title: 'rect.col.number', width: '130px', cellClass: 'bst-mono' };

/** Each list's columns after the number; a column's key names its cell below. */
const COLUMNS: Record<ItemTableView, readonly ListColumn[]> = {
  task: [
    { key: 'problem', title: 'rect.col.problem' },
    { key: 'measures', title: 'rect.col.measures' },
    { key: 'target', title: 'rect.col.target' },
    DEADLINE,
    { key: 'status', title: 'rect.col.status' },
    LIGHT,
  ],
  problem: [
    { key: 'problem', title: 'rect.col.problem' },
    { key: 'category', title: 'rect.col.category' },
    { key: 'seriousness', title: 'rect.col.seriousness' },
    { key: 'source', title: 'rect.col.source' },
    { key: 'batch', title: 'rect.col.batch' },
    { key: 'org', title: 'rect.col.org' },
  ],
  responsibility: [
    { key: 'orgFlags', title: 'rect.col.org' },
    { key: 'owner', title: 'rect.col.owner' },
    { key: 'leader', title: 'rect.col.leader' },
    { key: 'supportingUnits', title: 'rect.col.supportingUnits' },
    DEADLINE,
    LIGHT,
  ],
  board: [
    { key: 'problemText', title: 'rect.col.problem' },
    { key: 'org', title: 'rect.col.org' },
    { key: 'owner', title: 'rect.col.owner', width: '90px' },
    { ...DEADLINE, width: '200px' },
    { key: 'status', title: 'rect.col.status' },
    { key: 'percent', title: 'rect.field.percent', width: '140px' },
  ],
};

const TEST_IDS: ListTestIds = { table: 'item-table', row: 'item-row', empty: 'item-empty' };
const BOARD_TEST_IDS: ListTestIds = { table: 'board-items', row: 'board-item' };

/**
 * Items as one of the lists: 任务清单 (what is to be done by when), 问题清单 (what was found,
 * where), 责任清单 (who answers for it), and the board's list by urgency. Each row opens the item.
 */
@Component({
  selector: 'bst-item-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    RouterLink,
    NzProgressModule,
    CountdownComponent,
    DataTableComponent,
    ItemFlagsComponent,
    LightComponent,
    ListCellDirective,
    ProvisionalTagComponent,
  ],
  templateUrl: './item-table.component.html',
  host: { '[attr.data-view]': 'view()' },
  styles: `
    .problem {
      max-width: 420px;
    }
    .clip {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
  `,
})
export class ItemTableComponent {
  readonly view = input<ItemTableView>('task');
  /** The board's rows carry only the fields of the board's columns. */
  readonly rows = input.required<readonly ItemRow[] | readonly BoardItem[]>();
  readonly loading = input(false);
  readonly emptyText = input<MessageKey>('rect.items.empty');

  protected readonly items = computed(() => this.rows() as readonly ItemRow[]);
  protected readonly spec = computed((): TableSpec<ItemRow> => {
    const board = this.view() === 'board';
    return {
      columns: [NUMBER, ...COLUMNS[this.view()]],
      rowKey: (row) => row.id,
      rowMarks: (row) => ({ light: row.light, status: row.status }),
      empty: this.emptyText(),
      testIds: board ? BOARD_TEST_IDS : TEST_IDS,
      size: board ? 'small' : 'middle',
    };
  });
  protected readonly labels = LABELS;
  protected readonly statusColour = statusColour;
}
