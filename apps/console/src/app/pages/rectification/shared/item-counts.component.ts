import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ItemCounts, TrafficLight } from '@bastion/rectification-contracts';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { KIT_IMPORTS, LightComponent, lightStyle } from '@bastion/console-ui';
import { LABELS, LIGHTS, STATUSES } from '../rectification-labels';

/**
 * How many items there are by traffic light, and by status: the line above every item list.
 * A light is a button that narrows the list to it (`light` is the one picked, if any).
 */
@Component({
  selector: 'bst-item-counts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzSpinModule, LightComponent],
  template: `
    @if (counts(); as counts) {
      <span class="total" data-testid="counts-total">{{ 'rect.counts.total' | t: { n: counts.total } }}</span>
      @for (l of lights; track l) {
        <button
          type="button"
          class="light"
          [class.picked]="light() === l"
          [attr.aria-pressed]="light() === l"
          (click)="pick.emit(light() === l ? null : l)"
          [attr.data-testid]="'counts-' + l"
        >
          <bst-light [light]="l" />{{ style(l).label | t }}
          <strong>{{ counts.byLight[l] }}</strong>
        </button>
      }
      @if (statuses()) {
        <span class="statuses bst-muted">
          @for (s of statusList; track s) {
            @if (counts.byStatus[s]) {
              <span [attr.data-testid]="'counts-status-' + s"
                >{{ labels.status[s] | label }} {{ counts.byStatus[s] }}</span
              >
            }
          }
        </span>
      }
    } @else {
      <nz-spin nzSimple nzSize="small" />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .total {
      font-weight: 600;
    }
    .light {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border: 1px solid #f0f0f0;
      border-radius: 12px;
      background: #fff;
      cursor: pointer;
    }
    .light.picked {
      border-color: #1677ff;
      background: #e6f4ff;
    }
    .statuses {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 12px;
      font-size: 12px;
    }
  `,
})
export class ItemCountsComponent {
  readonly counts = input<ItemCounts | null>(null);
  readonly light = input<TrafficLight | null>(null);
  /** Whether to list the counts by status too. */
  readonly statuses = input(true);
  readonly pick = output<TrafficLight | null>();

  protected readonly lights = LIGHTS;
  protected readonly statusList = STATUSES;
  protected readonly labels = LABELS;
  protected readonly style = lightStyle;
}
