import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TrafficLight } from '@bastion/approvals-contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LEGEND, lightStyle } from './traffic-light';

/** A task's traffic light: a coloured dot whose meaning is its accessible name and tooltip. */
@Component({
  selector: 'bst-light',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<span
    class="dot"
    role="img"
    [style.background]="style().colour"
    [attr.aria-label]="style().label | t"
    [attr.title]="style().label | t"
    [attr.data-light]="light()"
  ></span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
    }
    .dot {
      display: inline-block;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      box-shadow: 0 0 0 2px rgba(0, 0, 0, 0.04);
    }
  `,
})
export class LightComponent {
  readonly light = input<TrafficLight | null>(null);
  protected readonly style = computed(() => lightStyle(this.light()));
}

/** What the colours mean, shown beside every list that uses them. */
@Component({
  selector: 'bst-light-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LightComponent, TranslatePipe],
  template: `
    <span class="bst-muted">{{ 'light.legend' | t }}</span>
    @for (light of legend; track light) {
      <span class="item" [attr.data-testid]="'legend-' + light">
        <bst-light [light]="light" />{{ style(light).label | t }}
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      font-size: 12px;
    }
    .item {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
  `,
})
export class LightLegendComponent {
  protected readonly legend = LEGEND;
  protected readonly style = lightStyle;
}
