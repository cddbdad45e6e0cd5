import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { stepDefinitions } from '@bastion/development-contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  DateFieldComponent,
  FormFieldComponent,
  LabelPipe,
  type MessageKey,
  TranslatePipe,
} from '@bastion/console-ui';
import { StepFieldGroup } from './step-field-group';
import type { StepType } from './step-types';

/** The steps whose own facts are records kept: training, a review, the oath, the archive, evidence. */
export const RECORD_STEPS: readonly StepType[] = [
  'concentrated_training',
  'committee_review',
  'oath',
  'archive',
  'evidence',
];

/** A step's own facts about what is kept on record (see `RECORD_STEPS`). */
@Component({
  selector: 'bst-step-record-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormsModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    FormFieldComponent,
    LabelPipe,
    TranslatePipe,
  ],
  templateUrl: './step-record-fields.component.html',
  styles: `
    :host {
      display: block;
    }
  `,
})
export class StepRecordFieldsComponent extends StepFieldGroup {
  protected readonly heldBy = ['committee', 'branch', 'party_group'] as const;

  /** Evidence goes with a step on record; without a case, any of the 25. */
  protected readonly evidenceSteps = computed(() => {
    const timeline = this.context()?.timeline;
    const done = timeline ? new Set(timeline.filter((s) => s.state === 'done').map((s) => s.number)) : null;
    return stepDefinitions.filter((s) => !done || done.has(s.number));
  });

  protected readonly heldByLabel = (h: string): MessageKey => `dev.heldBy.${h}` as MessageKey;
}
