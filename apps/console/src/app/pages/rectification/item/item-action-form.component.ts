import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import {
  ActionFormButtonsComponent,
  AttachmentUploadComponent,
  DraftAction,
  FormFieldComponent,
  LabelPipe,
  type MessageKey,
  RectificationApi,
  RectificationFiles,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { LABELS } from '../rectification-labels';
import { ItemActionFieldsComponent } from './item-action-fields.component';
import {
  buildItemAction,
  draftFieldOf,
  draftFor,
  type ItemDraft,
  itemDraftProblems,
  needsConfirmation,
} from './item-action-model';

/**
 * The form of one action on an item, prefilled from the item. What the user enters survives a
 * refusal, with each of the service's problems at its field; consequential steps are confirmed
 * first; a retry after a lost answer reuses the idempotency key so the step is not taken twice.
 */
@Component({
  selector: 'bst-item-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    ActionFormButtonsComponent,
    AttachmentUploadComponent,
    FormFieldComponent,
    ItemActionFieldsComponent,
    LabelPipe,
    TranslatePipe,
  ],
  templateUrl: './item-action-form.component.html',
})
export class ItemActionFormComponent {
  private readonly api = inject(RectificationApi);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(TranslateService);
  protected readonly files = inject(RectificationFiles);

  readonly type = input.required<ItemActionType>();
  readonly view = input.required<ItemView>();
  /** Whether the form offers a cancel button (the panel's forms do, the evidence card's does not). */
  readonly cancellable = input(true);
  readonly acted = output<ItemView>();
  readonly cancelled = output();

  protected readonly labels = LABELS;

  protected readonly record = computed(() => this.view().record);
  /** Starts from the item, and again whenever the item changes (after an action, a reload). */
  protected readonly draft = linkedSignal<ItemDraft>(() => draftFor(this.record()));
  private readonly action = new DraftAction(this.draft, draftFieldOf);
  protected readonly problems = this.action.problems;
  protected readonly failure = this.action.failure;
  protected readonly sending = this.action.sending;

  protected readonly withFiles = computed(() =>
    ['submit_plan', 'progress', 'evidence', 'submit_acceptance', 'milestone_done', 'look_back'].includes(
      this.type(),
    ),
  );
  protected readonly noteRequired = computed(() =>
    ['progress', 'submit_acceptance', 'look_back'].includes(this.type()),
  );
  protected readonly noteShown = computed(
    () => !['edit', 'request_extension', 'long_term', 'hand_over', 'transfer'].includes(this.type()),
  );

  protected set<K extends keyof ItemDraft>(field: K, value: ItemDraft[K]): void {
    this.edit({ ...this.draft(), [field]: value });
  }

  protected edit(next: ItemDraft): void {
    this.action.edit(next);
  }

  protected send(): Promise<void> {
    const type = this.type();
    const draft = this.draft();
    return this.action.send({
      missing: () => itemDraftProblems(type, draft, this.record()),
      confirm: () => !needsConfirmation(type, draft) || this.confirm(type),
      call: (key) =>
        this.api.actOnItem(this.record().itemId, buildItemAction(type, draft, this.record(), key)),
      doneText: () => this.i18n.t('rect.act.done', { action: this.i18n.label(LABELS.action[type]) }),
      acted: (view) => this.acted.emit(view),
    });
  }

  private confirm(type: ItemActionType): Promise<boolean> {
    const key: MessageKey =
      type === 'hand_over'
        ? 'rect.confirm.handOver'
        : type === 'submit_acceptance'
          ? 'rect.confirm.acceptance'
          : 'rect.confirm.relapsed';
    return new Promise((resolve) => {
      this.modal.confirm({
        nzTitle: this.i18n.t(key),
        nzContent: this.i18n.t('rect.confirm.recorded'),
        nzOkText: this.i18n.label(LABELS.action[type]),
        nzOkDanger: type !== 'submit_acceptance',
        nzCancelText: this.i18n.t('common.cancel'),
        nzOnOk: () => resolve(true),
        nzOnCancel: () => resolve(false),
      });
    });
  }
}
