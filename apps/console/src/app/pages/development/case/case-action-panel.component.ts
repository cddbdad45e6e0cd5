import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import type { Capacity, CaseStepType, CaseView } from '@bastion/development-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LabelPipe } from '../../../core/i18n/label.pipe';
import type { MessageKey } from '../../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DEV_LABELS } from '../development-labels';
import { isMainLine, offeredSteps } from '../steps/step-types';
import { CaseActionFormComponent } from './case-action-form.component';

/**
 * What the caller may record on the case, and nothing else: the buttons are exactly the service's
 * `allowedSteps`, the steps of the main line first; each opens its own form.
 */
@Component({
  selector: 'bst-case-action-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzButtonModule, NzCardModule, NzTagModule, CaseActionFormComponent, LabelPipe, TranslatePipe],
  template: `
    <nz-card [nzTitle]="'dev.act.title' | t" data-testid="case-action-panel">
      @if (view().capacities.length) {
        <div class="capacities">
          <span class="bst-muted">{{ 'dev.act.as' | t }}</span>
          @for (c of view().capacities; track c) {
            <nz-tag nzColor="blue">{{ capacityLabel(c) | t }}</nz-tag>
          }
        </div>
      }
      @if (selected(); as type) {
        <h4 data-testid="step-form-title">{{ labels.action[type] | label }}</h4>
        <bst-case-action-form
          [type]="type"
          [view]="view()"
          (acted)="done($event)"
          (cancelled)="selected.set(null)"
        />
      } @else {
        @if (main().length) {
          <div class="buttons" data-testid="main-steps">
            @for (type of main(); track type) {
              <button
                nz-button
                type="button"
                nzType="primary"
                (click)="selected.set(type)"
                [attr.data-testid]="'step-' + type"
              >
                {{ labels.action[type] | label }}
              </button>
            }
          </div>
        }
        @if (side().length) {
          <div class="buttons side" data-testid="side-steps">
            @for (type of side(); track type) {
              <button
                nz-button
                type="button"
                [nzDanger]="danger(type)"
                (click)="selected.set(type)"
                [attr.data-testid]="'step-' + type"
              >
                {{ labels.action[type] | label }}
              </button>
            }
          </div>
        }
        @if (!offered().length) {
          <span class="bst-muted" data-testid="no-steps">{{ 'dev.act.nothing' | t }}</span>
        }
      }
    </nz-card>
  `,
  styles: `
    .capacities {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
      margin-bottom: 12px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .side {
      margin-top: 12px;
    }
  `,
})
export class CaseActionPanelComponent {
  readonly view = input.required<CaseView>();
  readonly acted = output<CaseView>();

  protected readonly labels = DEV_LABELS;
  protected readonly offered = computed(() => offeredSteps(this.view().allowedSteps));
  /** The form open; closed again when the case changes under it. */
  protected readonly selected = linkedSignal<CaseStepType[], CaseStepType | null>({
    source: () => this.offered(),
    computation: (offered, previous) => {
      const open = previous?.value ?? null;
      return open && offered.includes(open) ? open : null;
    },
  });
  protected readonly main = computed(() => this.offered().filter(isMainLine));
  protected readonly side = computed(() => this.offered().filter((t) => !isMainLine(t)));
  protected readonly capacityLabel = (capacity: Capacity): MessageKey => `dev.capacity.${capacity}`;
  protected readonly danger = (type: CaseStepType) => ['withdraw', 'drop', 'transfer_out'].includes(type);

  protected done(view: CaseView): void {
    this.selected.set(null);
    this.acted.emit(view);
  }
}
