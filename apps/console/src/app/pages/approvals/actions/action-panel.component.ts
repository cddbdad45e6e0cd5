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
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom, from, switchMap } from 'rxjs';
import {
  ActionFormComponent,
  type ActionFormFrame,
  ApiError,
  ApprovalsApi,
  AttachmentUploadComponent,
  ButtonRowComponent,
  type ButtonSpec,
  confirmer,
  DraftAction,
  type FieldSpec,
  FORM_IMPORTS,
  type Load,
  LOADING,
  type MessageKey,
  PAGE_IMPORTS,
  SessionService,
  TranslateService,
} from '@bastion/console-ui';
import {
  actsAsDelegate,
  type ActionDraft,
  buildAction,
  CONFIRMED,
  decisionRequires,
  draftFieldOf,
  draftProblems,
  emptyDraft,
  needsSignature,
  NEEDS_FIELDS,
  offeredActions,
  participants,
  PEOPLE_FIELDS,
  removableSigners,
  SIGNER_CHOICES,
} from './action-model';
import { SignaturePadComponent } from './signature-pad.component';

type Signature = { attachmentId: string; sha256: string };

/**
 * What the caller may do with a request, and nothing else: the buttons are exactly the
 * service's `myActions`. The opinion, attachments and signature are shared by the actions and
 * kept when the service refuses one, together with its reason; a retry after a lost answer sends
 * the same idempotency key, so the action is taken once.
 */
@Component({
  selector: 'bst-action-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    ...FORM_IMPORTS,
    FormsModule,
    NzModalModule,
    NzRadioModule,
    NzSpinModule,
    ActionFormComponent,
    AttachmentUploadComponent,
    ButtonRowComponent,
    SignaturePadComponent,
  ],
  templateUrl: './action-panel.component.html',
  styleUrl: './action-panel.component.css',
})
export class ActionPanelComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly confirm = confirmer();
  protected readonly i18n = inject(TranslateService);
  private readonly me = inject(SessionService).me;
  private readonly myId = computed(() => this.me()?.personId ?? null);

  readonly detail = input.required<RequestDetail>();
  readonly acted = output<ActResponse & { type: ActionType }>();

  protected readonly draft = signal<ActionDraft>(emptyDraft());
  private readonly action = new DraftAction(this.draft, draftFieldOf);
  protected readonly problems = this.action.problems;
  protected readonly failure = this.action.failure;
  /** The action open with its fields, if any. */
  protected readonly selected = signal<ActionType | null>(null);
  /** The action being sent, for its button's spinner. */
  protected readonly sending = computed(() => (this.action.sending() ? this.pressed() : null));
  private readonly pressed = signal<ActionType | null>(null);
  protected readonly targets = signal<Load<ReturnTargetOption[]>>(LOADING);
  private readonly pad = viewChild(SignaturePadComponent);
  private readonly upload = viewChild(AttachmentUploadComponent);
  private signed: { version: number; ref: Signature } | null = null;

  protected readonly offered = computed(() => offeredActions(this.detail().myActions));
  protected readonly asDelegate = computed(() => actsAsDelegate(this.detail(), this.myId()));
  protected readonly requires = computed(() => decisionRequires(this.detail(), this.asDelegate()));
  protected readonly showSignature = computed(() => needsSignature(this.offered(), this.requires()));
  protected readonly removable = computed(() => removableSigners(this.detail(), this.myId()));
  private readonly suggestions = computed(() => participants(this.detail()));
  private readonly exclude = computed(() => [this.myId() ?? '']);
  protected readonly opinion = computed<FieldSpec[]>(() => [
    {
      key: 'opinion',
      kind: 'textarea',
      label: 'act.opinion',
      id: 'action-opinion',
      rows: 3,
      placeholder: 'act.opinionPlaceholder',
      required: this.requires().opinion,
    },
  ]);
  /** The open action's own fields: the people it goes to, where it goes back to, how signers are added, whom to remove. */
  protected readonly fields = computed<FieldSpec[]>(() => {
    const selected = this.selected();
    const people = PEOPLE_FIELDS[selected ?? 'approve'];
    const own: FieldSpec[] = people
      ? [
          {
            key: people.key,
            kind: 'person',
            label: people.label,
            required: true,
            testId: `action-${people.key}`,
            people: { max: people.max, suggestions: this.suggestions(), exclude: this.exclude() },
          },
        ]
      : [];
    if (selected === 'return')
      return [...own, { key: 'target', kind: 'slot', label: 'act.returnTo', required: true }];
    if (selected === 'add_signer') return [...own, ...SIGNER_CHOICES];
    if (selected !== 'remove_signer') return own;
    return [
      {
        key: 'taskId',
        kind: 'select',
        label: 'act.removeWho',
        required: true,
        placeholder: 'act.removeWho',
        empty: 'act.noneToRemove',
        testId: 'remove-signer',
        options: this.removable().map((task) => ({ value: task.id, text: task.assignee.name })),
      },
    ];
  });

  protected readonly label = (type: ActionType): MessageKey => `act.${type}`;
  /** The open action's form: its fields framed by the refusal, the button that sends it (red for a return) and cancel. */
  protected readonly frame = computed((): ActionFormFrame | null => {
    const open = this.selected();
    if (!open) return null;
    return {
      formTestId: `act-form-${open}`,
      testId: 'action',
      submitText: 'act.submit',
      submitParams: { action: this.i18n.t(this.label(open)) },
      action: this.action,
      danger: open === 'return',
      cancellable: true,
      submit: () => void this.send(open),
      cancel: () => this.cancel(),
    };
  });
  /** The offered actions' buttons: approving and resubmitting stand out, rejecting and withdrawing are red. */
  protected readonly buttons = computed((): readonly ButtonSpec[] => {
    const sending = this.sending();
    return this.offered().map((type) => ({
      key: type,
      label: this.label(type),
      type: type === 'approve' || type === 'resubmit' ? 'primary' : 'default',
      danger: type === 'reject' || type === 'withdraw',
      loading: sending === type,
      disabled: !!sending && sending !== type,
      testId: `action-${type}`,
    }));
  });

  protected set<K extends keyof ActionDraft>(field: K, value: ActionDraft[K]): void {
    this.edit({ ...this.draft(), [field]: value });
  }

  protected edit(next: ActionDraft): void {
    this.action.edit(next);
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
    if (this.upload()?.busy()) return;
    const draft = this.draft();
    const hasSignature = !(this.pad()?.strokes.isEmpty() ?? true);
    this.pressed.set(type);
    await this.action.send({
      missing: () => draftProblems(type, draft, this.requires(), hasSignature),
      confirm: () =>
        !CONFIRMED.has(type) ||
        this.confirm({
          title: this.i18n.t(`act.confirm.${type as 'reject' | 'return' | 'withdraw'}`),
          content: this.i18n.t('act.confirm.irreversible'),
          ok: this.i18n.t(this.label(type)),
          danger: true,
        }),
      call: (key) =>
        from(this.showSignature() && hasSignature ? this.signature() : Promise.resolve(undefined)).pipe(
          switchMap((signature) => this.api.act(this.detail().id, buildAction(type, draft, key, signature))),
        ),
      doneText: () => this.i18n.t('act.done', { action: this.i18n.t(this.label(type)) }),
      acted: (result) => {
        this.reset();
        this.acted.emit({ ...result, type });
      },
    });
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

  private reset(): void {
    this.draft.set(emptyDraft());
    this.selected.set(null);
    this.signed = null;
    this.pad()?.reset();
  }
}
