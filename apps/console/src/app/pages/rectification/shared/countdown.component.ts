import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TrafficLight } from '@bastion/rectification-contracts';
import { DaysLeftComponent, LightComponent, TranslateService } from '@bastion/console-ui';
import { countdownText } from '../rectification-labels';

/** An item's deadline at a glance: its traffic light, the date, and the days left or overdue. */
@Component({
  selector: 'bst-countdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DaysLeftComponent, LightComponent],
  template: `
    <bst-days-left
      [date]="deadline()"
      [text]="text()"
      [overdue]="(daysLeft() ?? 0) < 0"
      textTestId="countdown"
    >
      <bst-light [light]="light()" />
    </bst-days-left>
  `,
  styles: ':host { white-space: nowrap; }',
})
export class CountdownComponent {
  private readonly i18n = inject(TranslateService);
  readonly light = input.required<TrafficLight>();
  readonly deadline = input<string | null>(null);
  readonly daysLeft = input<number | null>(null);
  protected readonly text = computed(() => countdownText(this.i18n, this.daysLeft()));
}
