import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A deadline at a glance, the same for an item and a case's clock: what the page puts first (a
 * traffic light, the clock's name), the date, and the days left in small grey — red once past.
 * Where `dateOverdue`, the date itself turns red too. `dateTestId` and `textTestId` mark the
 * date and the days left.
 */
@Component({
  selector: 'bst-days-left',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-content />
    @if (date(); as date) {
      <span class="date" [class.bst-overdue]="overdue() && dateOverdue()" [attr.data-testid]="dateTestId()">{{
        date
      }}</span>
    }
    @if (text(); as text) {
      <span class="left" [class.bst-overdue]="overdue()" [attr.data-testid]="textTestId()">{{ text }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .left {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .left.bst-overdue {
      color: #f5222d;
    }
  `,
})
export class DaysLeftComponent {
  readonly date = input<string | null>(null);
  /** The days left in words (剩余 5 天, 今日到期, 逾期 3 天); nothing without a deadline. */
  readonly text = input('');
  readonly overdue = input(false);
  readonly dateOverdue = input(false);
  readonly dateTestId = input<string | null>(null);
  readonly textTestId = input<string | null>(null);
}
