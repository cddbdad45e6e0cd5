import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  DateFieldComponent,
  FormFieldComponent,
  type MessageKey,
  toLocalDate,
  TranslatePipe,
} from '@bastion/console-ui';
import { approvalIsLate, conversionApprovalIsLate } from './approval-late';
import type { StepDraft } from './step-draft';
import { StepFieldGroup } from './step-field-group';
import type { StepType } from './step-types';
import { VoteFormComponent } from './vote-form.component';

/** The steps whose own facts are a meeting's or a committee's: notices, votes, verdicts, late reasons. */
export const MEETING_STEPS: readonly StepType[] = [
  'decide_candidate',
  'political_review',
  'pre_review_result',
  'approval_decision',
  'conversion_decision',
  'admission_meeting',
  'conversion_meeting',
  'submit_approval',
  'submit_conversion_approval',
];

/** A step's own facts about a meeting or a decision (see `MEETING_STEPS`). */
@Component({
  selector: 'bst-step-meeting-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormsModule,
    NgTemplateOutlet,
    NzCheckboxModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    FormFieldComponent,
    TranslatePipe,
    VoteFormComponent,
  ],
  templateUrl: './step-meeting-fields.component.html',
  styles: `
    :host {
      display: block;
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
  `,
})
export class StepMeetingFieldsComponent extends StepFieldGroup {
  protected readonly resolutions = ['convert', 'extend', 'cancel'] as const;
  protected readonly extensionMonths = [6, 7, 8, 9, 10, 11, 12];

  protected readonly meetingDate = computed(() => toLocalDate(this.draft().date));
  protected readonly caseId = computed(() => this.context()?.caseId ?? null);

  /** 报党委审批 past the 3 months after the meeting needs the reason (第二十六条). */
  protected readonly late = computed(() => {
    const context = this.context();
    if (!context) return false;
    if (this.type() === 'submit_approval') return approvalIsLate(context.record, context.today);
    return (
      this.type() === 'submit_conversion_approval' && conversionApprovalIsLate(context.record, context.today)
    );
  });

  protected readonly resolutionLabel = (r: string): MessageKey => `dev.resolution.${r}` as MessageKey;

  protected setOpinion(field: keyof StepDraft['opinionsHeard'], value: boolean): void {
    this.draft.update((draft) => ({ ...draft, opinionsHeard: { ...draft.opinionsHeard, [field]: value } }));
  }
}
