import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TrafficLight } from '@bastion/rectification-contracts';
import { LightComponent, TranslateService } from '@bastion/console-ui';
import { countdownText } from '../rectification-labels';

/** An item's deadline at a glance: its traffic light, the date, and the days left or overdue. */
@Component({
  selector: 'bst-countdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LightComponent],
  template: `
    <bst-light [light]="light()" />
    @if (deadline(); as deadline) {
      <span class="date">{{ deadline }}</span>
    }
    @if (text(); as text) {
      <span class="left" [class.overdue]="(daysLeft() ?? 0) < 0" data-testid="countdown">{{ text }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      white-space: nowrap;
    }
    .left {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .overdue {
      color: #f5222d;
    }
  `,
})
export class CountdownComponent {
  private readonly i18n = inject(TranslateService);
  readonly light = input.required<TrafficLight>();
  readonly deadline = input<string | null>(null);
  readonly daysLeft = input<number | null>(null);
  protected readonly text = computed(() => countdownText(this.i18n, this.daysLeft()));
}
