import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { type CursorPager, PAGE_SIZES } from './cursor-pager';

/**
 * The footer of a keyset-paged list: the page number, the page size, previous and next. Test ids
 * are `<testId>-previous` and `<testId>-next`.
 */
@Component({
  selector: 'bst-pager-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, FormsModule, NzSelectModule],
  template: `
    <span class="bst-muted">{{ 'people.pageInfo' | t: { page: pager().pageIndex() + 1 } }}</span>
    @if (sizes()) {
      <nz-select
        class="page-size"
        [ngModel]="pager().pageSize()"
        (ngModelChange)="pager().setPageSize($event)"
        [attr.aria-label]="'people.pageSize' | t: { n: pager().pageSize() }"
      >
        @for (size of pageSizes; track size) {
          <nz-option [nzValue]="size" [nzLabel]="'people.pageSize' | t: { n: size }" />
        }
      </nz-select>
    }
    <button
      nz-button
      type="button"
      [disabled]="!pager().hasPrevious()"
      (click)="pager().previous()"
      [attr.data-testid]="testId() + '-previous'"
    >
      <nz-icon nzType="left" />{{ 'people.previous' | t }}
    </button>
    <button
      nz-button
      type="button"
      [disabled]="!pager().hasNext()"
      (click)="pager().next()"
      [attr.data-testid]="testId() + '-next'"
    >
      {{ 'people.next' | t }}<nz-icon nzType="right" />
    </button>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .page-size {
      width: 120px;
    }
  `,
})
export class PagerBarComponent {
  readonly pager = input.required<CursorPager>();
  /** Whether the reader may choose the page size. */
  readonly sizes = input(true);
  readonly testId = input('pager');
  protected readonly pageSizes = PAGE_SIZES;
}
