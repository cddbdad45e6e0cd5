import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { CaseStepInput, CaseStepType, CaseView } from '@bastion/development-contracts';
import {
  ActionFormComponent,
  DevelopmentApi,
  fromLocalDate,
  RecordActionForm,
  type RecordActionLook,
  type RecordActionSend,
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
  imports: [ActionFormComponent, StepFieldsComponent],
  template: `
    <form bstActionForm [frame]="frame()">
      <bst-step-fields
        [type]="type()"
        [draft]="draft()"
        (draftChange)="edit($event)"
        [problems]="problems()"
        [context]="context()"
        testId="step"
      />
    </form>
  `,
})
export class CaseActionFormComponent extends RecordActionForm<
  CaseStepType,
  CaseView,
  StepDraft,
  StepDraftField
> {
  private readonly api = inject(DevelopmentApi);

  protected override readonly look: RecordActionLook = {
    formTestId: (type) => `step-form-${type}`,
    testId: 'step',
    cancelTestId: 'step-cancel',
    submitText: 'dev.act.submit',
  };
  private readonly today = shanghaiToday();
  protected readonly context = computed<StepContext>(() => ({
    caseId: this.view().row.id,
    record: this.view().record,
    timeline: this.view().timeline,
    today: this.today,
  }));

  protected startFrom(view: CaseView): StepDraft {
    return draftForCase(view.record, fromLocalDate(this.today)!);
  }

  protected override dangerous(type: CaseStepType, draft: StepDraft): boolean {
    return isDestructive(type, draft.resolution);
  }

  protected fieldOf(path: string): StepDraftField | null {
    return draftFieldOf(path);
  }

  protected sendOf(type: CaseStepType, draft: StepDraft): RecordActionSend<StepDraftField, CaseView> {
    return {
      name: this.i18n.label(DEV_LABELS.action[type]),
      done: 'dev.act.done',
      missing: () => stepDraftProblems(type, draft),
      confirm: isDestructive(type, draft.resolution)
        ? {
            title: 'dev.confirm.title',
            content: type === 'conversion_meeting' ? 'dev.confirm.cancel' : 'dev.confirm.closes',
            danger: true,
          }
        : null,
      call: (key) => this.api.act(this.view().row.id, key, buildStep(type, draft) as CaseStepInput),
    };
  }
}
