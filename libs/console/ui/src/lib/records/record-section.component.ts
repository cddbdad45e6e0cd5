import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  output,
  type TemplateRef,
} from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { ButtonComponent, type ButtonSpec } from '../actions/button.component';
import { ListCellDirective } from '../lists/list-column';
import { templatesByName } from '../slots/templates-by-name';

/**
 * One fact of a record shown as a title and its value: the value's text, or, without one, the
 * `bstCell` template of the same key written inside the section.
 */
export interface RecordItem {
  readonly key: string;
  readonly title: MessageKey;
  readonly text?: string;
}

/** One column of a record's table: a cell's text from its row, or the `bstCell` template of its key. */
export interface RecordColumn<T> {
  readonly key: string;
  readonly title: MessageKey;
  readonly width?: string;
  text?(row: T): string;
}

/** How many facts stand in a line at each screen width. */
export type RecordItemColumns = Readonly<Record<'xxl' | 'xl' | 'lg' | 'md' | 'sm' | 'xs', number>>;

/**
 * A section of a record's page, the same way everywhere: a card with its title and the one
 * thing it offers to do (`action`, a small button; `acted` when pressed), and inside the record's
 * facts (`items`), or its rows as a table (`columns` and `rows`, `empty` when there are none),
 * then whatever else the page writes inside; what it marks `recordLead` stands above the facts. Test ids: `actionTestId` on the button,
 * `rowTestId` of a row.
 */
@Component({
  selector: 'bst-record-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    NgTemplateOutlet,
    ButtonComponent,
    NzCardModule,
    NzDescriptionsModule,
    NzEmptyModule,
    NzTableModule,
  ],
  templateUrl: './record-section.component.html',
  styles: ':host { display: block; }',
})
export class RecordSectionComponent<T> {
  readonly title = input<string | TemplateRef<void>>('');
  readonly action = input<MessageKey | null>(null);
  readonly actionIcon = input<string | null>(null);
  readonly actionTestId = input<string | null>(null);
  readonly items = input<readonly RecordItem[] | null>(null);
  readonly itemColumns = input<RecordItemColumns>({ xxl: 3, xl: 3, lg: 2, md: 2, sm: 1, xs: 1 });
  readonly bordered = input(false);
  readonly columns = input<readonly RecordColumn<T>[] | null>(null);
  readonly rows = input<readonly T[]>([]);
  readonly empty = input<MessageKey>('common.empty');
  /** A width past which the table scrolls sideways on a narrow screen. */
  readonly scrollX = input<string | null>(null);
  readonly rowTestId = input<(row: T) => string | null>(() => null);
  readonly acted = output();

  protected readonly actionButton = computed((): ButtonSpec | null => {
    const label = this.action();
    return label && { key: 'act', label, icon: this.actionIcon() ?? undefined, testId: this.actionTestId() };
  });

  private readonly cellTemplates = contentChildren<ListCellDirective<T>>(ListCellDirective);
  protected readonly cell = templatesByName(this.cellTemplates, (cell) => cell.key());
}
