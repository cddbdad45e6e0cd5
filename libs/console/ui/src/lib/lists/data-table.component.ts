import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  type TemplateRef,
} from '@angular/core';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule, type NzTableSize } from 'ng-zorro-antd/table';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { MessageParams } from '../i18n/translate.service';
import { templatesByName } from '../slots/templates-by-name';
import { type ListColumn, ListCellDirective } from './list-column';
import type { ListTestIds } from './list-spec';
import { type RowMarks, RowMarksDirective } from './row-marks.directive';

/** What makes one table different from the next: its columns, how a row is keyed and marked, what an empty one says, its test ids. */
export interface TableSpec<T> {
  readonly columns: readonly ListColumn[];
  readonly rowKey?: (row: T) => unknown;
  readonly rowMarks?: (row: T) => RowMarks;
  /** Rows whose deadline has passed, tinted red. */
  readonly rowOverdue?: (row: T) => boolean;
  readonly empty?: MessageKey;
  readonly testIds?: ListTestIds;
  readonly size?: NzTableSize;
  /** A height past which the body scrolls under its headings. */
  readonly scrollY?: string;
}

/**
 * A table of rows by columns, for a list that is not a page of its own (a record's items, a
 * board's list, a dialog's problems): the columns' headings, each cell from the `bstCell`
 * template of its column written inside, each row keyed and marked, and what an empty list
 * says. Columns, test ids and marks are the list frame's (`ListColumn`, `ListTestIds`, `RowMarks`).
 */
@Component({
  selector: 'bst-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, NzEmptyModule, NzTableModule, RowMarksDirective, TranslatePipe],
  template: `
    <nz-table
      #table
      [nzSize]="spec().size ?? 'middle'"
      [nzData]="rows()"
      [nzFrontPagination]="false"
      [nzShowPagination]="false"
      [nzLoading]="loading()"
      [nzNoResult]="none"
      [nzScroll]="spec().scrollY ? { y: spec().scrollY } : {}"
      [attr.data-testid]="testIds().table ?? null"
    >
      <thead>
        <tr>
          @for (column of spec().columns; track column.key) {
            <th [nzWidth]="column.width ?? null">{{ column.title | t }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track keyOf(row)) {
          <tr
            [attr.data-testid]="testIds().row ?? null"
            [bstRowMarks]="marksOf(row)"
            [class.overdue]="isOverdue(row)"
          >
            @for (column of spec().columns; track column.key) {
              <td [class]="column.cellClass ?? ''">
                <ng-container
                  [ngTemplateOutlet]="cell(column.key)"
                  [ngTemplateOutletContext]="{ $implicit: row }"
                />
              </td>
            }
          </tr>
        }
      </tbody>
    </nz-table>
    <ng-template #none>
      <nz-empty
        [nzNotFoundContent]="spec().empty ?? 'common.empty' | t: emptyParams()"
        [attr.data-testid]="testIds().empty ?? null"
      />
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    tr.overdue td {
      background: #fff1f0;
    }
    /* On a phone a table keeps a readable width and scrolls sideways rather than wrapping every cell. */
    @media (max-width: 767px) {
      :host ::ng-deep .ant-table-content {
        overflow-x: auto;
      }
      :host ::ng-deep .ant-table-content > table {
        min-width: 640px;
      }
      :host ::ng-deep .ant-table-content th,
      :host ::ng-deep .ant-table-content td {
        min-width: 5em;
      }
    }
  `,
})
export class DataTableComponent<T> {
  readonly spec = input.required<TableSpec<T>>();
  readonly rows = input.required<readonly T[]>();
  readonly loading = input(false);
  readonly emptyParams = input<MessageParams | undefined>(undefined);
  /** The cells' templates by column when a frame around the table holds them (the list page); else the ones written inside. */
  readonly cellTemplates = input<((key: string) => TemplateRef<unknown> | null) | null>(null);
  protected readonly testIds = computed(() => this.spec().testIds ?? {});

  private readonly cellsInside = contentChildren<ListCellDirective<T>>(ListCellDirective);
  private readonly cellInside = templatesByName(this.cellsInside, (cell) => cell.key());
  protected readonly cell = (key: string) => (this.cellTemplates() ?? this.cellInside)(key);

  protected keyOf(row: T): unknown {
    return this.spec().rowKey?.(row) ?? row;
  }

  protected marksOf(row: T): RowMarks {
    return this.spec().rowMarks?.(row) ?? {};
  }

  protected isOverdue(row: T): boolean {
    return this.spec().rowOverdue?.(row) ?? false;
  }
}
