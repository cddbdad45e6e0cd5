import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * The row of filters above a list or a board: the page's own fields, then — while anything
 * narrows the view — a button that clears them, and a reload. Test ids are `<testId>-clear` and
 * `<testId>-reload`.
 */
@Component({
  selector: 'bst-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `
    <ng-content />
    @if (filtered()) {
      <button
        nz-button
        nzType="link"
        type="button"
        (click)="cleared.emit()"
        [attr.data-testid]="testId() + '-clear'"
      >
        <nz-icon nzType="clear" />{{ 'common.clearFilters' | t }}
      </button>
    }
    <button
      nz-button
      nzType="text"
      type="button"
      (click)="reloaded.emit()"
      [attr.aria-label]="'common.reload' | t"
      [attr.data-testid]="testId() + '-reload'"
    >
      <nz-icon nzType="reload" />
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 16px;
    }
  `,
})
export class FilterBarComponent {
  readonly filtered = input(false);
  readonly testId = input('filters');
  readonly cleared = output();
  readonly reloaded = output();
}
