import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import { filingKinds, recommendationSources } from '@bastion/development-contracts';
import type { OrgKind } from '@bastion/identity-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  DateFieldComponent,
  FormFieldComponent,
  type MessageKey,
  OrgPickerComponent,
  PersonPickerComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { NomineeEditorComponent } from './nominee-editor.component';
import type { StepDraft } from './step-draft';
import { StepFieldGroup } from './step-field-group';
import type { StepType } from './step-types';

/** The steps whose own facts are people and places: talkers, mentors, sponsors, where a member goes. */
export const PEOPLE_STEPS: readonly StepType[] = [
  'talk',
  'approval_talk',
  'decide_activist',
  'not_chosen',
  'file',
  'assign_mentors',
  'fix_sponsors',
  'placement',
  'transfer',
  'transfer_out',
  'replace_mentor',
  'replace_sponsor',
  'direct_admission',
];

/** A step's own facts about people and places (see `PEOPLE_STEPS`). */
@Component({
  selector: 'bst-step-people-fields',
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
    NomineeEditorComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './step-people-fields.component.html',
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
export class StepPeopleFieldsComponent extends StepFieldGroup {
  protected readonly filingKinds = filingKinds;
  protected readonly sources = recommendationSources;
  protected readonly branchOnly: readonly OrgKind[] = ['branch'];

  /** The people already on the case, to pick without searching. */
  protected readonly mentors = computed<readonly PersonRef[]>(() => this.context()?.record.mentors ?? []);
  private readonly sponsors = computed<readonly PersonRef[]>(() => this.context()?.record.sponsors ?? []);
  protected readonly replaceable = computed(() =>
    this.type() === 'replace_sponsor' ? this.sponsors() : this.mentors(),
  );

  protected readonly filingLabel = (kind: string): MessageKey => `dev.filing.${kind}` as MessageKey;
  protected readonly sourceLabel = (source: string): MessageKey => `dev.source.${source}` as MessageKey;

  protected toggleSource(source: StepDraft['recommendedBy'][number], on: boolean): void {
    this.draft.update((draft) => ({
      ...draft,
      recommendedBy: on
        ? [...new Set([...draft.recommendedBy, source])]
        : draft.recommendedBy.filter((s) => s !== source),
    }));
  }
}
