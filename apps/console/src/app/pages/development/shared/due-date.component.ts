import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ClockKey } from '@bastion/development-contracts';
import { LabelPipe, TranslateService } from '@bastion/console-ui';
import { DEV_LABELS, daysLeftText } from '../development-labels';

/** A clock's date at a glance: what it counts towards, the date, and the days left — red once past. */
@Component({
  selector: 'bst-due-date',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LabelPipe],
  template: `
    @if (clock(); as clock) {
      <span class="clock">{{ labels.clock[clock] | label }}</span>
    }
    <span class="date" [class.bst-overdue]="overdue()" data-testid="due-date">{{ due() }}</span>
    @if (text(); as text) {
      <span class="left" [class.bst-overdue]="overdue()" data-testid="due-left">{{ text }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .clock,
    .left {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .left.bst-overdue {
      color: #f5222d;
    }
  `,
})
export class DueDateComponent {
  private readonly i18n = inject(TranslateService);

  readonly due = input.required<string>();
  readonly daysLeft = input<number | null>(null);
  readonly overdue = input(false);
  readonly clock = input<ClockKey | null>(null);

  protected readonly labels = DEV_LABELS;
  protected readonly text = computed(() => daysLeftText(this.i18n, this.daysLeft()));
}
