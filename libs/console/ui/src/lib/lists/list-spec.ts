import type { Signal } from '@angular/core';
import type { MessageKey } from '../i18n/messages.zh-cn';
import type { MessageParams } from '../i18n/translate.service';
import type { Load } from '../load/load';
import type { CursorPager } from '../pagination/cursor-pager';
import type { ListColumn } from './list-column';
import type { RowMarks } from './row-marks.directive';

/** The test ids a list page keeps; each one the page leaves out is not written. */
export interface ListTestIds {
  readonly table?: string;
  readonly row?: string;
  readonly empty?: string;
  /** The prefix of the pager's buttons (`<pager>-previous`, `<pager>-next`). */
  readonly pager?: string;
  readonly footer?: string;
}

/**
 * What makes one list page different from the next: its title, pager, columns, how a row is
 * keyed and marked, what the empty list says, and its test ids. Written once in the page's class.
 */
export interface ListSpec<T> {
  readonly title: MessageKey;
  readonly pager: CursorPager;
  /** Without columns the page shows its own body in place of the table. */
  readonly columns?: readonly ListColumn[] | Signal<readonly ListColumn[]>;
  readonly rowKey?: (row: T) => unknown;
  readonly rowMarks?: (row: T) => RowMarks;
  /** Rows whose deadline has passed, tinted red. */
  readonly rowOverdue?: (row: T) => boolean;
  /** What an empty list says; it may read the page's signals (filters in force, a window). */
  readonly empty?: () => MessageKey;
  readonly emptyParams?: () => MessageParams;
  readonly testIds?: ListTestIds;
  /** Whether the reader may choose the page size. */
  readonly pagerSizes?: boolean;
}

/** Where the rows come from: the request's state and the rows to show (a `pagedList`). */
export interface ListSource<T> {
  readonly page: Signal<Load<unknown>>;
  readonly rows: Signal<readonly T[]>;
}
