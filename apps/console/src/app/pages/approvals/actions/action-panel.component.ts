import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  ActionType,
  ActResponse,
  RequestDetail,
  ReturnTargetOption,
} from '@bastion/approvals-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom } from 'rxjs';
import {
  ApiError,
  ApprovalsApi,
  AttachmentUploadComponent,
  ErrorAlertComponent,
  type Load,
  LOADING,
  type MessageKey,
  newIdempotencyKey,
  PersonPickerComponent,
  SessionService,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import {
  actsAsDelegate,
  type ActionDraft,
  buildAction,
  CONFIRMED,
  decisionRequires,
  type DraftField,
  draftProblems,
  emptyDraft,
  needsSignature,
  NEEDS_FIELDS,
  offeredActions,
  participants,
  removableSigners,
} from './action-model';
import { SignaturePadComponent } from './signature-pad.component';

type Signature = { attachmentId: string; sha256: string };

/**
 * What the caller may do with a request, and nothing else: the buttons are exactly the
 * service's `myActions`. The opinion, attachments and signature are shared by the actions and
 * kept when the service refuses one, together with its reason.
 */
@Component({
  selector: 'bst-action-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NgTemplateOutlet,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    NzSpinModule,
    AttachmentUploadComponent,
    ErrorAlertComponent,
    PersonPickerComponent,
    SignaturePadComponent,
    TranslatePipe,
  ],
  templateUrl: './action-panel.component.html',
  styleUrl: './action-panel.component.css',
})
export class ActionPanelComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  protected readonly i18n = inject(TranslateService);
  private readonly session = inject(SessionService);
  private readonly myId = computed(() => this.session.me()?.personId ?? null);

  readonly detail = input.required<RequestDetail>();
  readonly acted = output<ActResponse & { type: ActionType }>();

  protected readonly draft = signal<ActionDraft>(emptyDraft());
  protected readonly selected = signal<ActionType | null>(null);
  protected readonly problems = signal<Partial<Record<DraftField, string>>>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal<ActionType | null>(null);
  protected readonly targets = signal<Load<ReturnTargetOption[]>>(LOADING);
  private readonly pad = viewChild(SignaturePadComponent);
  private readonly upload = viewChild(AttachmentUploadComponent);
  private signed: { version: number; ref: Signature } | null = null;

  protected readonly offered = computed(() => offeredActions(this.detail().myActions));
  protected readonly asDelegate = computed(() => actsAsDelegate(this.detail(), this.myId()));
  protected readonly requires = computed(() => decisionRequires(this.detail(), this.asDelegate()));
  protected readonly showSignature = computed(() => needsSignature(this.offered(), this.requires()));
  protected readonly removable = computed(() => removableSigners(this.detail(), this.myId()));
  protected readonly suggestions = computed(() => participants(this.detail()));
  protected readonly exclude = computed(() => [this.myId() ?? '']);

  protected readonly label = (type: ActionType): MessageKey => `act.${type}`;
  protected readonly danger = (type: ActionType) => type === 'reject' || type === 'withdraw';

  protected set<K extends keyof ActionDraft>(field: K, value: ActionDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    if (field in this.problems()) this.problems.update(({ [field as DraftField]: _gone, ...rest }) => rest);
  }

  protected targetKey(option: ReturnTargetOption): string {
    return option.kind === 'submitter' ? 'submitter' : `stage:${option.stageIndex}`;
  }

  protected pickTarget(key: string): void {
    const targets = this.targets();
    const options = targets.state === 'ready' ? targets.value : [];
    const option = options.find((o) => this.targetKey(o) === key);
    if (!option) return;
    this.set(
      'target',
      option.kind === 'submitter' ? { kind: 'submitter' } : { kind: 'stage', stageIndex: option.stageIndex },
    );
  }

  protected selectedTargetKey(): string | null {
    const target = this.draft().target;
    return !target ? null : target.kind === 'submitter' ? 'submitter' : `stage:${target.stageIndex}`;
  }

  /** An action button: opens the action's fields first where it has some, else sends it. */
  protected async press(type: ActionType): Promise<void> {
    if (NEEDS_FIELDS.has(type) && this.selected() !== type) {
      this.selected.set(type);
      this.problems.set({});
      this.failure.set(null);
      if (type === 'return') await this.loadTargets();
      return;
    }
    await this.send(type);
  }

  protected cancel(): void {
    this.selected.set(null);
    this.problems.set({});
  }

  protected async send(type: ActionType): Promise<void> {
    if (this.sending() || this.upload()?.busy()) return;
    const draft = this.draft();
    const hasSignature = !(this.pad()?.strokes.isEmpty() ?? true);
    const missing = draftProblems(type, draft, this.requires(), hasSignature);
    if (Object.keys(missing).length) {
      this.problems.set(Object.fromEntries(Object.entries(missing).map(([f, key]) => [f, this.i18n.t(key)])));
      return;
    }
    if (CONFIRMED.has(type) && !(await this.confirm(type))) return;
    this.sending.set(type);
    this.failure.set(null);
    try {
      const signature = this.showSignature() && hasSignature ? await this.signature() : undefined;
      const body = buildAction(type, draft, newIdempotencyKey(), signature);
      const result = await firstValueFrom(this.api.act(this.detail().id, body));
      this.message.success(this.i18n.t('act.done', { action: this.i18n.t(this.label(type)) }));
      this.reset();
      this.acted.emit({ ...result, type });
    } catch (error) {
      const apiError = ApiError.from(error);
      this.failure.set(apiError);
      const fields: Partial<Record<DraftField, string>> = {};
      for (const { field, problem } of apiError.details) {
        const name = field.split('.')[0] as DraftField;
        if (['opinion', 'attachments', 'signature', 'target', 'taskId'].includes(name)) {
          fields[name] = this.i18n.problem(problem);
        }
      }
      this.problems.set(fields);
    } finally {
      this.sending.set(null);
    }
  }

  private async loadTargets(): Promise<void> {
    this.targets.set(LOADING);
    try {
      const { targets } = await firstValueFrom(this.api.returnTargets(this.detail().id));
      this.targets.set({ state: 'ready', value: targets });
      // With a single way back there is nothing to choose.
      if (targets.length === 1 && !this.draft().target) this.pickTarget(this.targetKey(targets[0]!));
    } catch (error) {
      this.targets.set({ state: 'failed', error: ApiError.from(error) });
    }
  }

  /** Uploads the drawing once; a retry after a refusal reuses it unless the user drew again. */
  private async signature(): Promise<Signature | undefined> {
    const pad = this.pad();
    if (!pad) return undefined;
    const version = pad.strokes.version();
    if (this.signed?.version === version) return this.signed.ref;
    const png = await pad.toPng();
    if (!png) return undefined;
    const stored = await firstValueFrom(this.api.upload(png, 'signature.png'));
    this.signed = { version, ref: { attachmentId: stored.id, sha256: stored.sha256 } };
    return this.signed.ref;
  }

  private confirm(type: ActionType): Promise<boolean> {
    return new Promise((resolve) => {
      this.modal.confirm({
        nzTitle: this.i18n.t(`act.confirm.${type as 'reject' | 'return' | 'withdraw'}`),
        nzContent: this.i18n.t('act.confirm.irreversible'),
        nzOkText: this.i18n.t(this.label(type)),
        nzOkDanger: true,
        nzCancelText: this.i18n.t('common.cancel'),
        nzOnOk: () => resolve(true),
        nzOnCancel: () => resolve(false),
      });
    });
  }

  private reset(): void {
    this.draft.set(emptyDraft());
    this.selected.set(null);
    this.problems.set({});
    this.signed = null;
    this.pad()?.reset();
  }
}
