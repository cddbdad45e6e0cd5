import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import type { CaseStepInput, CaseStepType, CaseView } from '@bastion/development-contracts';
import { NzModalService } from 'ng-zorro-antd/modal';
import {
  ActionFormButtonsComponent,
  DevelopmentApi,
  DraftAction,
  fromLocalDate,
  LabelPipe,
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
  imports: [ActionFormButtonsComponent, LabelPipe, StepFieldsComponent, TranslatePipe],
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
      <bst-action-form-buttons
        testId="step"
        cancelTestId="step-cancel"
        [submitText]="'dev.act.submit' | t: { action: (labels.action[type()] | label) }"
        [failure]="failure()"
        [sending]="sending()"
        [danger]="destructive()"
        [cancellable]="cancellable()"
        (submitted)="send()"
        (cancelled)="cancelled.emit()"
      />
    </form>
  `,
})
export class CaseActionFormComponent {
  private readonly api = inject(DevelopmentApi);
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
  private readonly action = new DraftAction(this.draft, draftFieldOf);
  protected readonly problems = this.action.problems;
  protected readonly failure = this.action.failure;
  protected readonly sending = this.action.sending;
  protected readonly destructive = computed(() => isDestructive(this.type(), this.draft().resolution));

  protected edit(draft: StepDraft): void {
    this.action.edit(draft);
  }

  protected send(): Promise<void> {
    const type = this.type();
    const draft = this.draft();
    return this.action.send({
      missing: () => stepDraftProblems(type, draft),
      confirm: () => !this.destructive() || this.confirm(type),
      call: (key) => this.api.act(this.view().row.id, key, buildStep(type, draft) as CaseStepInput),
      doneText: () => this.i18n.t('dev.act.done', { action: this.i18n.label(DEV_LABELS.action[type]) }),
      acted: (view) => this.acted.emit(view),
    });
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
