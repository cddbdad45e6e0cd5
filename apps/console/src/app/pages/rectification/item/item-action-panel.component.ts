import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { Capacity, ItemActionType, ItemView } from '@bastion/rectification-contracts';
import {
  type ActionGroup,
  type ActionPanelTexts,
  type MessageKey,
  OfferedActionsComponent,
} from '@bastion/console-ui';
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
  imports: [OfferedActionsComponent, ItemActionFormComponent],
  template: `
    <bst-offered-actions
      testId="item-action-panel"
      nothingTestId="no-item-actions"
      [texts]="texts"
      [capacities]="capacities()"
      [groups]="groups()"
      [labels]="labels.action"
      [(selected)]="selected"
    >
      @if (selected(); as type) {
        <bst-item-action-form
          [type]="type"
          [view]="view()"
          (acted)="done($event)"
          (cancelled)="selected.set(null)"
        />
      }
    </bst-offered-actions>
  `,
})
export class ItemActionPanelComponent {
  readonly view = input.required<ItemView>();
  readonly acted = output<ItemView>();

  protected readonly labels = LABELS;
  protected readonly selected = signal<ItemActionType | null>(null);
  protected readonly texts: ActionPanelTexts = {
    title: 'rect.act.title',
    actingAs: 'rect.act.as',
    nothing: 'rect.act.nothing',
  };
  protected readonly capacities = computed(() =>
    this.view().capacities.map((c: Capacity): MessageKey => `rect.capacity.${c}`),
  );
  /** One row; the step that moves the item on is the obvious one. */
  protected readonly groups = computed((): ActionGroup<ItemActionType>[] => [
    {
      types: offeredItemActions(this.view().allowedActions),
      primary: (type) => ['assign', 'submit_plan', 'submit_acceptance', 'look_back'].includes(type),
    },
  ]);

  protected done(view: ItemView): void {
    this.selected.set(null);
    this.acted.emit(view);
  }
}
