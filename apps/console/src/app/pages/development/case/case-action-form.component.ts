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
import type { CaseStepInput, CaseStepType, CaseView } from '@bastion/development-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import {
  ApiError,
  DevelopmentApi,
  ErrorAlertComponent,
  fromLocalDate,
  keepKeyAfter,
  LabelPipe,
  type MessageKey,
  newIdempotencyKey,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { DEV_LABELS } from '../development-labels';
import { shanghaiToday } from '../shared/business-date';
import {
  buildStep,
  draftFieldOf,
  draftForCase,
  type StepDraft,
  type StepDraftField,
  stepDraftProblems,
} from '../steps/step-draft';
import { type StepContext, StepFieldsComponent } from '../steps/step-fields.component';
import { isDestructive } from '../steps/step-types';

/**
 * The form of one step on a case. What the user typed survives a refusal, with the rule's reason
 * shown above the buttons and each named field marked; closing or undoing steps are confirmed
 * first; a retry after a lost answer sends the same idempotency key, so the step is taken once.
 */
@Component({
  selector: 'bst-case-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzButtonModule, ErrorAlertComponent, LabelPipe, StepFieldsComponent, TranslatePipe],
  template: `
    <form (submit)="$event.preventDefault()" [attr.data-testid]="'step-form-' + type()">
      <bst-step-fields
        [type]="type()"
        [draft]="draft()"
        (draftChange)="edit($event)"
        [problems]="problems()"
        [context]="context()"
        testId="step"
      />
      @if (failure(); as failure) {
        <bst-error-alert
          class="form-alert"
          [error]="failure"
          [showServerMessage]="true"
          data-testid="step-error"
        />
      }
      <div class="buttons">
        <button
          nz-button
          [nzType]="'primary'"
          [nzDanger]="destructive()"
          type="button"
          [nzLoading]="sending()"
          (click)="send()"
          data-testid="step-submit"
        >
          {{ 'dev.act.submit' | t: { action: (labels.action[type()] | label) } }}
        </button>
        @if (cancellable()) {
          <button nz-button type="button" (click)="cancelled.emit()" data-testid="step-cancel">
            {{ 'common.cancel' | t }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class CaseActionFormComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(TranslateService);

  readonly type = input.required<CaseStepType>();
  readonly view = input.required<CaseView>();
  readonly cancellable = input(true);
  readonly acted = output<CaseView>();
  readonly cancelled = output();

  protected readonly labels = DEV_LABELS;
  private readonly today = shanghaiToday();
  protected readonly context = computed<StepContext>(() => ({
    caseId: this.view().row.id,
    record: this.view().record,
    timeline: this.view().timeline,
    today: this.today,
  }));
  /** Starts from the case, and again once the case has moved on. */
  protected readonly draft = linkedSignal<StepDraft>(() =>
    draftForCase(this.view().record, fromLocalDate(this.today)!),
  );
  protected readonly problems = signal<Partial<Record<StepDraftField, string>>>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal(false);
  protected readonly destructive = computed(() => isDestructive(this.type(), this.draft().resolution));
  private idempotencyKey = newIdempotencyKey();

  /** An edit clears the problems of the fields it changed. */
  protected edit(draft: StepDraft): void {
    const before = this.draft();
    this.draft.set(draft);
    const changed = (Object.keys(draft) as StepDraftField[]).filter((f) => draft[f] !== before[f]);
    if (changed.some((f) => f in this.problems())) {
      this.problems.update((problems) =>
        Object.fromEntries(Object.entries(problems).filter(([f]) => !changed.includes(f as StepDraftField))),
      );
    }
  }

  protected async send(): Promise<void> {
    if (this.sending()) return;
    const type = this.type();
    const draft = this.draft();
    const missing = stepDraftProblems(type, draft);
    if (Object.keys(missing).length) {
      this.problems.set(
        Object.fromEntries(Object.entries(missing).map(([f, key]) => [f, this.i18n.t(key as MessageKey)])),
      );
      return;
    }
    if (this.destructive() && !(await this.confirm(type))) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      const step = buildStep(type, draft) as CaseStepInput;
      const view = await firstValueFrom(this.api.act(this.view().row.id, this.idempotencyKey, step));
      this.message.success(this.i18n.t('dev.act.done', { action: this.i18n.label(DEV_LABELS.action[type]) }));
      this.idempotencyKey = newIdempotencyKey();
      this.problems.set({});
      this.acted.emit(view);
    } catch (error) {
      const apiError = ApiError.from(error);
      if (!keepKeyAfter(apiError)) this.idempotencyKey = newIdempotencyKey();
      this.failure.set(apiError);
      const fields: Partial<Record<StepDraftField, string>> = {};
      for (const { field, problem } of apiError.details) {
        const name = draftFieldOf(field);
        if (name) fields[name] = this.i18n.problem(problem);
      }
      this.problems.set(fields);
    } finally {
      this.sending.set(false);
    }
  }

  private confirm(type: CaseStepType): Promise<boolean> {
    const action = this.i18n.label(DEV_LABELS.action[type]);
    return new Promise((resolve) => {
      this.modal.confirm({
        nzTitle: this.i18n.t('dev.confirm.title', { action }),
        nzContent: this.i18n.t(type === 'conversion_meeting' ? 'dev.confirm.cancel' : 'dev.confirm.closes'),
        nzOkText: action,
        nzOkDanger: true,
        nzCancelText: this.i18n.t('common.cancel'),
        nzOnOk: () => resolve(true),
        nzOnCancel: () => resolve(false),
      });
    });
  }
}
