import { Directive, inject, input, TemplateRef } from '@angular/core';
import type { MessageKey } from '../i18n/messages.zh-cn';

/** One column of a list page's table: its heading, its width, and the key of its cell template. */
export interface ListColumn {
  readonly key: string;
  readonly title: MessageKey;
  readonly width?: string;
  /** A global class for the cell (`bst-mono`, `bst-muted`); page styles do not reach it. */
  readonly cellClass?: string;
}

/**
 * What one column shows for a row, written by the page as
 * `<ng-template bstCell="number" [bstCellOf]="rows" let-row>…</ng-template>` inside its
 * `bst-list-page`; `bstCellOf` only gives `row` its type.
 */
@Directive({ selector: 'ng-template[bstCell]' })
export class ListCellDirective<T> {
  readonly key = input.required<string>({ alias: 'bstCell' });
  readonly bstCellOf = input<readonly T[]>([]);
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T>(
    _cell: ListCellDirective<T>,
    _context: unknown,
  ): _context is { $implicit: T } {
    return true;
  }
}
