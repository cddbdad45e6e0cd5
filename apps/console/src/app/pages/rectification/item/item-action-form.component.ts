import { NgTemplateOutlet } from '@angular/common';
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
import type { PersonRef } from '@bastion/approvals-contracts';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../../core/api/api-error';
import { RectificationApi } from '../../../core/api/rectification-api.service';
import { LabelPipe } from '../../../core/i18n/label.pipe';
import type { MessageKey } from '../../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslateService } from '../../../core/i18n/translate.service';
import { ErrorAlertComponent } from '../../../core/ui/error-alert.component';
import { OrgPickerComponent } from '../../../shared/org-picker.component';
import { PersonPickerComponent } from '../../../shared/person-picker.component';
import { newIdempotencyKey } from '../../approvals/actions/action-model';
import { AttachmentUploadComponent } from '../../approvals/attachments/attachment-upload.component';
import { CATEGORIES, LABELS, SERIOUSNESS } from '../rectification-labels';
import { RectificationFiles } from '../rectification-files';
import {
  buildItemAction,
  draftFieldOf,
  draftFor,
  type ItemDraft,
  type ItemDraftField,
  itemDraftProblems,
  keepKeyAfter,
  needsConfirmation,
} from './item-action-model';
import { DraftFieldComponent } from './draft-field.component';
import { MilestoneEditorComponent } from './milestone-editor.component';
import { ItemPickerComponent } from '../shared/item-picker.component';

/** Bodies an item is commonly handed over to (移交); the field takes any other name as well. */
const HAND_OVER_TO: readonly MessageKey[] = [
  'rect.handOver.discipline',
  'rect.handOver.orgDept',
  'rect.handOver.department',
];

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
    NgTemplateOutlet,
    NzButtonModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    NzSliderModule,
    NzSwitchModule,
    AttachmentUploadComponent,
    DraftFieldComponent,
    ErrorAlertComponent,
    LabelPipe,
    MilestoneEditorComponent,
    ItemPickerComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './item-action-form.component.html',
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .switch {
      display: inline-flex;
      gap: 8px;
      align-items: center;
    }
    .percent {
      display: grid;
      grid-template-columns: 1fr 88px;
      gap: 12px;
      align-items: center;
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
  protected readonly categories = CATEGORIES;
  protected readonly seriousness = SERIOUSNESS;
  protected readonly handOverTo = HAND_OVER_TO;
  protected readonly months = [1, 2, 3, 4, 5, 6];

  protected readonly record = computed(() => this.view().record);
  /** Starts from the item, and again whenever the item changes (after an action, a reload). */
  protected readonly draft = linkedSignal<ItemDraft>(() => draftFor(this.record()));
  protected readonly problems = signal<Partial<Record<ItemDraftField, string>>>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal(false);
  private idempotencyKey = newIdempotencyKey();

  /** People already on the item, to pick without searching the directory. */
  protected readonly people = computed(() =>
    [this.record().owner, this.record().leader].filter((p): p is PersonRef => p !== null),
  );
  protected readonly openMilestones = computed(() =>
    (this.record().longTerm?.milestones ?? [])
      .map((milestone, index) => ({ ...milestone, index }))
      .filter((m) => m.doneOn === null),
  );
  protected readonly withFiles = computed(() =>
    ['submit_plan', 'progress', 'evidence', 'submit_acceptance', 'milestone_done', 'look_back'].includes(
      this.type(),
    ),
  );
  /** The item itself and those already linked are not offered again. */
  protected readonly excludedFromLinks = computed(() => [this.record().itemId, ...this.record().links]);
  protected readonly noteRequired = computed(() =>
    ['progress', 'submit_acceptance', 'look_back'].includes(this.type()),
  );
  protected readonly noteShown = computed(
    () => !['edit', 'request_extension', 'long_term', 'hand_over', 'transfer'].includes(this.type()),
  );

  protected set<K extends keyof ItemDraft>(field: K, value: ItemDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    if (field in this.problems()) {
      this.problems.update(({ [field as ItemDraftField]: _gone, ...rest }) => rest);
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
