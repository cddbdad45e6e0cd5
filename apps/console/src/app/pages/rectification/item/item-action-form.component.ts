import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzModalModule } from 'ng-zorro-antd/modal';
import {
  ActionFormComponent,
  FORM_IMPORTS,
  type MessageKey,
  RecordActionForm,
  type RecordActionLook,
  type RecordActionSend,
  RectificationApi,
} from '@bastion/console-ui';
import { LABELS } from '../rectification-labels';
import { ItemActionFieldsComponent } from './item-action-fields.component';
import {
  buildItemAction,
  draftFieldOf,
  draftFor,
  type ItemDraft,
  type ItemDraftField,
  itemDraftProblems,
  needsConfirmation,
} from './item-action-model';

/** What each consequential action asks before it is taken. */
const CONFIRM: Partial<Record<ItemActionType, MessageKey>> = {
  hand_over: 'rect.confirm.handOver',
  submit_acceptance: 'rect.confirm.acceptance',
};

/**
 * The form of one action on an item, prefilled from the item. What the user enters survives a
 * refusal, with each of the service's problems at its field; consequential steps are confirmed
 * first; a retry after a lost answer reuses the idempotency key so the step is not taken twice.
 */
@Component({
  selector: 'bst-item-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS, NzModalModule, ActionFormComponent, ItemActionFieldsComponent],
  templateUrl: './item-action-form.component.html',
})
export class ItemActionFormComponent extends RecordActionForm<
  ItemActionType,
  ItemView,
  ItemDraft,
  ItemDraftField
> {
  private readonly api = inject(RectificationApi);

  protected override readonly look: RecordActionLook = {
    formTestId: (type) => `form-${type}`,
    testId: 'act',
    submitText: 'act.submit',
  };

  protected startFrom(view: ItemView): ItemDraft {
    return draftFor(view.record);
  }

  protected fieldOf(path: string): ItemDraftField | null {
    return draftFieldOf(path);
  }

  protected sendOf(type: ItemActionType, draft: ItemDraft): RecordActionSend<ItemDraftField, ItemView> {
    const record = this.view().record;
    return {
      name: this.i18n.label(LABELS.action[type]),
      done: 'rect.act.done',
      missing: () => itemDraftProblems(type, draft, record),
      confirm: needsConfirmation(type, draft)
        ? {
            title: CONFIRM[type] ?? 'rect.confirm.relapsed',
            content: 'rect.confirm.recorded',
            danger: type !== 'submit_acceptance',
          }
        : null,
      call: (key) => this.api.actOnItem(record.itemId, buildItemAction(type, draft, record, key)),
    };
  }
}
