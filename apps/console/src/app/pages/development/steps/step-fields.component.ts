import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzInputModule } from 'ng-zorro-antd/input';
import {
  AttachmentUploadComponent,
  DateFieldComponent,
  DevelopmentFiles,
  FormFieldComponent,
  type MessageKey,
  TranslatePipe,
} from '@bastion/console-ui';
import { StepFieldGroup } from './step-field-group';
import { MEETING_STEPS, StepMeetingFieldsComponent } from './step-meeting-fields.component';
import { PEOPLE_STEPS, StepPeopleFieldsComponent } from './step-people-fields.component';
import { RECORD_STEPS, StepRecordFieldsComponent } from './step-record-fields.component';
import { STEP_SHAPES, type StepType } from './step-types';

export type { StepContext } from './step-field-group';

const DATE_LABELS: Partial<Record<StepType, MessageKey>> = {
  talk: 'dev.date.talk',
  approval_talk: 'dev.date.talk',
  decide_activist: 'dev.date.committee',
  not_chosen: 'dev.date.committee',
  assign_mentors: 'dev.date.committee',
  decide_candidate: 'dev.date.committee',
  fix_sponsors: 'dev.date.committee',
  committee_review: 'dev.date.committee',
  concentrated_training: 'dev.date.trainingTo',
  admission_meeting: 'dev.date.meeting',
  conversion_meeting: 'dev.date.meeting',
  political_review: 'dev.date.review',
  pre_review_result: 'dev.date.decision',
  approval_decision: 'dev.date.decision',
  conversion_decision: 'dev.date.decision',
  oath: 'dev.date.oath',
  transfer: 'dev.date.transfer',
  transfer_out: 'dev.date.transfer',
};

/**
 * The fields of one step's form: the business date, the step's own facts (about people, a
 * meeting or a record, each group its own component), the reason, the note and the files, as the
 * contracts take them. The case's action form and each row of a paper
 * record use it alike; `testId` keeps the ids of several forms on one page apart.
 */
@Component({
  selector: 'bst-step-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormsModule,
    NzInputModule,
    AttachmentUploadComponent,
    FormFieldComponent,
    StepMeetingFieldsComponent,
    StepPeopleFieldsComponent,
    StepRecordFieldsComponent,
    TranslatePipe,
  ],
  templateUrl: './step-fields.component.html',
  styles: `
    :host {
      display: block;
    }
  `,
})
export class StepFieldsComponent extends StepFieldGroup {
  protected readonly files = inject(DevelopmentFiles);

  protected readonly shape = computed(() => STEP_SHAPES[this.type()]);
  protected readonly dateLabel = computed<MessageKey>(() => DATE_LABELS[this.type()] ?? 'dev.field.date');
  /** Which group holds the step's own facts; none for a step that has only the common fields. */
  protected readonly group = computed(() => {
    const type = this.type();
    if (PEOPLE_STEPS.includes(type)) return 'people';
    if (MEETING_STEPS.includes(type)) return 'meeting';
    return RECORD_STEPS.includes(type) ? 'record' : null;
  });
}
