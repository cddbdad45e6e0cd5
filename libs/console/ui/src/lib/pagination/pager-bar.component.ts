import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ButtonComponent, type ButtonSpec } from '../actions/button.component';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { type CursorPager, PAGE_SIZES } from './cursor-pager';

/** The pager's two steps, as data: their words, their icons and when the pager can take them. */
const STEPS = [
  { key: 'previous', label: 'people.previous', icon: 'left', can: (p: CursorPager) => p.hasPrevious() },
  { key: 'next', label: 'people.next', icon: 'right', iconEnd: true, can: (p: CursorPager) => p.hasNext() },
] as const;

/**
 * The footer of a keyset-paged list: the page number, the page size, previous and next. Test ids
 * are `<testId>-previous` and `<testId>-next`.
 */
@Component({
  selector: 'bst-pager-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, FormsModule, NzSelectModule, ButtonComponent],
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
    @for (step of steps(); track step.key) {
      <bst-button [button]="step" (pressed)="go($event)" />
    }
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

  /** Previous and next, each shut where the pager cannot go. */
  protected readonly steps = computed(() => {
    const pager = this.pager();
    return STEPS.map(({ can, ...step }): ButtonSpec => ({
      ...step,
      disabled: !can(pager),
      testId: `${this.testId()}-${step.key}`,
    }));
  });

  protected go(step: string): void {
    if (step === 'next') this.pager().next();
    else this.pager().previous();
  }
}
