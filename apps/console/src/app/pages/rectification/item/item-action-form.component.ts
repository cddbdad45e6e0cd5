import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import {
  ApiError,
  AttachmentUploadComponent,
  ErrorAlertComponent,
  FormFieldComponent,
  keepKeyAfter,
  LabelPipe,
  type MessageKey,
  newIdempotencyKey,
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
  type ItemDraftField,
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
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    AttachmentUploadComponent,
    ErrorAlertComponent,
    FormFieldComponent,
    ItemActionFieldsComponent,
    LabelPipe,
    TranslatePipe,
  ],
  templateUrl: './item-action-form.component.html',
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class ItemActionFormComponent {
  private readonly api = inject(RectificationApi);
  private readonly message = inject(NzMessageService);
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
  protected readonly problems = signal<Partial<Record<ItemDraftField, string>>>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal(false);
  private idempotencyKey = newIdempotencyKey();

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

  /** A new draft from the fields; what was said of a field the edit changed goes. */
  protected edit(next: ItemDraft): void {
    const before = this.draft();
    this.draft.set(next);
    const changed = (Object.keys(next) as ItemDraftField[]).filter((field) => next[field] !== before[field]);
    if (changed.some((field) => field in this.problems())) {
      this.problems.update((problems) =>
        Object.fromEntries(
          Object.entries(problems).filter(([field]) => !changed.includes(field as ItemDraftField)),
        ),
      );
    }
  }

  protected async send(): Promise<void> {
    if (this.sending()) return;
    const type = this.type();
    const draft = this.draft();
    const missing = itemDraftProblems(type, draft, this.record());
    if (Object.keys(missing).length) {
      this.problems.set(Object.fromEntries(Object.entries(missing).map(([f, key]) => [f, this.i18n.t(key)])));
      return;
    }
    if (needsConfirmation(type, draft) && !(await this.confirm(type))) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      const body = buildItemAction(type, draft, this.record(), this.idempotencyKey);
      const view = await firstValueFrom(this.api.actOnItem(this.record().itemId, body));
      this.message.success(this.i18n.t('rect.act.done', { action: this.i18n.label(LABELS.action[type]) }));
      this.idempotencyKey = newIdempotencyKey();
      this.problems.set({});
      this.acted.emit(view);
    } catch (error) {
      const apiError = ApiError.from(error);
      if (!keepKeyAfter(apiError)) this.idempotencyKey = newIdempotencyKey();
      this.failure.set(apiError);
      const fields: Partial<Record<ItemDraftField, string>> = {};
      for (const { field, problem } of apiError.details) {
        const name = draftFieldOf(field);
        if (name) fields[name] = this.i18n.problem(problem);
      }
      this.problems.set(fields);
    } finally {
      this.sending.set(false);
    }
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
