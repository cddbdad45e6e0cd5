import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ItemRecord, LadderRung } from '@bastion/rectification-contracts';
import { ladderRungs } from '@bastion/rectification-contracts';
import { KIT_IMPORTS } from '@bastion/console-ui';
import { LABELS } from '../rectification-labels';

/**
 * The escalation ladder (督办阶梯) against the current deadline: every rung in order, those that
 * have fired marked with their date; the highest fired is the item's standing with its supervisors.
 */
@Component({
  selector: 'bst-ladder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `
    <ol class="rungs" data-testid="ladder">
      @for (rung of rungs(); track rung.rung) {
        <li
          [class.fired]="rung.on"
          [class.severe]="rung.on && rung.severe"
          [attr.data-fired]="!!rung.on"
          [attr.data-testid]="'rung-' + rung.rung"
        >
          <nz-icon [nzType]="rung.on ? 'alert' : 'minus-circle'" />
          <span>{{ labels.rung[rung.rung] | label }}</span>
          @if (rung.on) {
            <span class="when">{{ 'rect.ladder.on' | t: { date: rung.on } }}</span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .rungs {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      line-height: 28px;
      color: rgba(0, 0, 0, 0.35);
    }
    .fired {
      color: #d48806;
      font-weight: 500;
    }
    .severe {
      color: #cf1322;
    }
    .when {
      font-size: 12px;
      font-weight: normal;
    }
  `,
})
export class LadderComponent {
  readonly ladder = input.required<ItemRecord['ladder']>();
  protected readonly labels = LABELS;
  protected readonly rungs = computed(() => {
    const fired = new Map<LadderRung, string>(this.ladder().map((r) => [r.rung, r.on]));
    return ladderRungs.map((rung) => ({
      rung,
      on: fired.get(rung) ?? null,
      // From the warning (告诫书) on, the item is past its deadline.
      severe: rung === 'warning' || rung === 'accountability',
    }));
  });
}
