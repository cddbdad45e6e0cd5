import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { Capacity, ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LabelPipe } from '../../../core/i18n/label.pipe';
import type { MessageKey } from '../../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LABELS } from '../rectification-labels';
import { offeredItemActions } from './item-action-model';
import { ItemActionFormComponent } from './item-action-form.component';

/**
 * What the caller may do with the item, and nothing else: the buttons are exactly the service's
 * `allowedActions`; each opens its own form. The capacities it acts in are named above them.
 */
@Component({
  selector: 'bst-item-action-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzButtonModule, NzCardModule, NzTagModule, ItemActionFormComponent, LabelPipe, TranslatePipe],
  template: `
    <nz-card [nzTitle]="'rect.act.title' | t" data-testid="item-action-panel">
      @if (view().capacities.length) {
        <div class="capacities">
          <span class="bst-muted">{{ 'rect.act.as' | t }}</span>
          @for (c of view().capacities; track c) {
            <nz-tag nzColor="blue">{{ capacityLabel(c) | t }}</nz-tag>
          }
        </div>
      }
      @if (selected(); as type) {
        <h4>{{ labels.action[type] | label }}</h4>
        <bst-item-action-form
          [type]="type"
          [view]="view()"
          (acted)="done($event)"
          (cancelled)="selected.set(null)"
        />
      } @else {
        <div class="buttons">
          @for (type of offered(); track type) {
            <button
              nz-button
              type="button"
              [nzType]="primary(type) ? 'primary' : 'default'"
              (click)="selected.set(type)"
              [attr.data-testid]="'action-' + type"
            >
              {{ labels.action[type] | label }}
            </button>
          } @empty {
            <span class="bst-muted" data-testid="no-item-actions">{{ 'rect.act.nothing' | t }}</span>
          }
        </div>
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
  `,
})
export class ItemActionPanelComponent {
  readonly view = input.required<ItemView>();
  readonly acted = output<ItemView>();

  protected readonly labels = LABELS;
  protected readonly selected = signal<ItemActionType | null>(null);
  protected readonly offered = computed(() => offeredItemActions(this.view().allowedActions));
  protected readonly capacityLabel = (capacity: Capacity): MessageKey => `rect.capacity.${capacity}`;
  /** The step that moves the item on is the obvious one. */
  protected readonly primary = (type: ItemActionType) =>
    ['assign', 'submit_plan', 'submit_acceptance', 'look_back'].includes(type);

  protected done(view: ItemView): void {
    this.selected.set(null);
    this.acted.emit(view);
  }
}
