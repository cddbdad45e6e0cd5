import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ItemRecord } from '@bastion/rectification-contracts';
import { KIT_IMPORTS, type MessageKey } from '@bastion/console-ui';
import { LABELS } from '../rectification-labels';
import { lifecycle, type StageState } from './lifecycle';

const ICONS: Record<StageState, string> = {
  done: 'check-circle',
  skipped: 'forward',
  current: 'clock-circle',
  left: 'export',
  stopped: 'stop',
  todo: 'minus-circle',
};

/**
 * The item's lifecycle drawn left to right (立项 → 交办 → 方案审批 → 整改中 → 验收 → 销号), the
 * current stage highlighted; beneath it the states beside the line (second round, reopened,
 * long-term, extension, handed over, look-back).
 */
@Component({
  selector: 'bst-lifecycle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `
    <ol class="line" data-testid="lifecycle">
      @for (stage of model().stages; track stage.status; let last = $last) {
        <li
          class="stage"
          [class]="'stage ' + stage.state"
          [attr.aria-current]="stage.state === 'current' ? 'step' : null"
          [attr.data-state]="stage.state"
          [attr.data-testid]="'stage-' + stage.status"
        >
          <nz-icon [nzType]="icon(stage.state)" />
          <span class="name">{{ labels.status[stage.status] | label }}</span>
          <span class="state">{{ stateLabel(stage.state) | t }}</span>
        </li>
        @if (!last) {
          <li class="arrow" aria-hidden="true"></li>
        }
      }
    </ol>
    @if (model().side.length) {
      <div class="side" data-testid="lifecycle-side">
        @for (marker of model().side; track marker.kind) {
          @switch (marker.kind) {
            @case ('fixed_on_spot') {
              <nz-tag nzColor="green">{{ 'rect.flag.fixedOnSpot' | t }}</nz-tag>
            }
            @case ('second_round') {
              <nz-tag nzColor="orange" data-testid="side-round">{{
                'rect.flag.round' | t: { n: marker.round }
              }}</nz-tag>
            }
            @case ('reopened') {
              <nz-tag nzColor="red" data-testid="side-reopened">{{ 'rect.flag.reopened' | t }}</nz-tag>
            }
            @case ('long_term') {
              <nz-tag nzColor="geekblue">{{
                'rect.side.longTerm' | t: { done: marker.done, total: marker.total }
              }}</nz-tag>
            }
            @case ('extension_pending') {
              <nz-tag nzColor="gold">{{
                'rect.side.extension' | t: { date: marker.newDeadline ?? '—' }
              }}</nz-tag>
            }
            @case ('handed_over') {
              <nz-tag nzColor="magenta" data-testid="side-handed-over">{{
                'rect.side.handedOver' | t: { to: marker.to ?? '—' }
              }}</nz-tag>
            }
            @case ('look_back') {
              <nz-tag
                [nzColor]="
                  marker.result === 'relapsed' ? 'red' : marker.result === 'holds' ? 'green' : 'default'
                "
              >
                {{
                  (marker.result ? 'rect.side.lookBackDone' : 'rect.side.lookBackDue')
                    | t: { date: marker.due }
                }}
                @if (marker.result) {
                  · {{ (marker.result === 'holds' ? 'rect.field.holds' : 'rect.field.relapsed') | t }}
                }
              </nz-tag>
            }
          }
        }
      </div>
    }
  `,
  styles: `
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 0;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .stage {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 2px;
      min-width: 88px;
      padding: 8px 10px;
      border: 1px solid #d9d9d9;
      border-radius: 8px;
      background: #fff;
      color: rgba(0, 0, 0, 0.45);
    }
    .name {
      font-weight: 600;
    }
    .state {
      font-size: 12px;
    }
    .done {
      border-color: #95de64;
      color: #389e0d;
    }
    .skipped {
      border-style: dashed;
    }
    .current {
      border: 2px solid #1677ff;
      background: #e6f4ff;
      color: #0958d9;
      box-shadow: 0 0 0 3px rgba(22, 119, 255, 0.12);
    }
    .left {
      border-color: #eb2f96;
      color: #c41d7f;
    }
    .stopped {
      border: 2px solid #ff4d4f;
      background: #fff1f0;
      color: #cf1322;
    }
    .arrow {
      width: 24px;
      height: 2px;
      background: #d9d9d9;
    }
    .side {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-top: 12px;
    }
  `,
})
export class LifecycleComponent {
  readonly record = input.required<ItemRecord>();
  protected readonly labels = LABELS;
  protected readonly model = computed(() => lifecycle(this.record()));
  protected readonly icon = (state: StageState) => ICONS[state];
  protected readonly stateLabel = (state: StageState): MessageKey => `rect.stage.${state}`;
}
