import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChildren, inject, input } from '@angular/core';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslateService } from '../i18n/translate.service';
import { ListCellDirective } from '../lists/list-column';
import { type RowMarks, RowMarksDirective } from '../lists/row-marks.directive';

/**
 * One column of a printed table: its heading, and a cell's text from its row and its place, or,
 * without one, the `bstCell` template of its key written inside. A `narrow` column holds a number.
 */
export interface SheetColumn<T> {
  readonly key: string;
  /** The catalogue's words, or words given as they are (`#`). */
  readonly title: MessageKey | { text: string };
  readonly narrow?: boolean;
  text?(row: T, index: number): string;
}

/**
 * A section of a document made for paper (`bst-print-sheet`: a dossier, a batch's report) that
 * is a ruled table, the same way in each: its heading, whatever the page writes inside before
 * the table (a note on what is left out), then a row per record by the columns. The sheet's
 * print styles rule it. Test ids: `testId` on the table, `rowTestId` on each row, whose data
 * attributes are `rowMarks`.
 */
@Component({
  selector: 'bst-sheet-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RowMarksDirective],
  template: `
    <section>
      <h2>{{ heading() }}</h2>
      <ng-content />
      <table [attr.data-testid]="testId()">
        <thead>
          <tr>
            @for (column of columns(); track column.key) {
              <th [class.n]="!!column.narrow">{{ headingOf(column) }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track $index; let i = $index) {
            <tr [attr.data-testid]="rowTestId()" [bstRowMarks]="rowMarks()(row)">
              @for (column of columns(); track column.key) {
                <td [class.n]="!!column.narrow">
                  @if (column.text) {
                    {{ column.text(row, i) }}
                  } @else {
                    <ng-container
                      [ngTemplateOutlet]="cells().get(column.key) ?? null"
                      [ngTemplateOutletContext]="{ $implicit: row }"
                    />
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </section>
  `,
})
export class SheetTableComponent<T> {
  /** The section's heading, in the reader's words. */
  readonly heading = input.required<string>();
  readonly columns = input.required<readonly SheetColumn<T>[]>();
  readonly rows = input.required<readonly T[]>();
  readonly testId = input<string | null>(null);
  readonly rowTestId = input<string | null>(null);
  readonly rowMarks = input<(row: T) => RowMarks>(() => ({}));

  private readonly i18n = inject(TranslateService);
  private readonly cellTemplates = contentChildren<ListCellDirective<T>>(ListCellDirective);
  protected readonly cells = computed(
    () => new Map(this.cellTemplates().map((cell) => [cell.key(), cell.template] as const)),
  );

  protected headingOf(column: SheetColumn<T>): string {
    return typeof column.title === 'string' ? this.i18n.t(column.title) : column.title.text;
  }
}
