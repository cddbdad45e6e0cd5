import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ButtonComponent, type ButtonSpec, reloadButton } from '../actions/button.component';
import { ROW_HOST_STYLE } from '../imports/row-style';

/**
 * The row of filters above a list or a board: the page's own fields, then — while anything
 * narrows the view — a button that clears them, and a reload. Test ids are `<testId>-clear` and
 * `<testId>-reload`.
 */
@Component({
  selector: 'bst-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonComponent],
  template: `
    <ng-content />
    @if (filtered()) {
      <bst-button [button]="clear()" (pressed)="cleared.emit()" />
    }
    <bst-button [button]="reload()" (pressed)="reloaded.emit()" />
  `,
  styles: [ROW_HOST_STYLE, ':host { margin-bottom: 16px; }'],
})
export class FilterBarComponent {
  readonly filtered = input(false);
  readonly testId = input('filters');
  readonly cleared = output();
  readonly reloaded = output();

  protected readonly clear = computed((): ButtonSpec => ({
    key: 'clear',
    label: 'common.clearFilters',
    icon: 'clear',
    type: 'link',
    testId: `${this.testId()}-clear`,
  }));
  protected readonly reload = computed(() => reloadButton(`${this.testId()}-reload`, 'text'));
}
