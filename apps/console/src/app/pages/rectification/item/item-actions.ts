import type { Capacity, ItemActionType, ItemView } from '@bastion/rectification-contracts';
import type { MessageKey, RecordActions } from '@bastion/console-ui';
import { LABELS } from '../rectification-labels';
import { offeredItemActions } from './item-action-model';
import { ItemActionFormComponent } from './item-action-form.component';

/**
 * What the caller may do with the item, and nothing else: the buttons are exactly the service's
 * `allowedActions`, in one row where the step that moves the item on is the obvious one; each
 * opens its own form. The capacities it acts in are named above them.
 */
export const ITEM_ACTIONS: RecordActions<ItemActionType, ItemView> = {
  texts: { title: 'rect.act.title', actingAs: 'rect.act.as', nothing: 'rect.act.nothing' },
  labels: LABELS.action,
  form: ItemActionFormComponent,
  offered: (view) => offeredItemActions(view.allowedActions),
  groups: (offered) => [
    {
      types: offered,
      primary: (type) => ['assign', 'submit_plan', 'submit_acceptance', 'look_back'].includes(type),
    },
  ],
  capacities: (view) => view.capacities.map((c: Capacity): MessageKey => `rect.capacity.${c}`),
  testId: 'item-action-panel',
  nothingTestId: 'no-item-actions',
};
