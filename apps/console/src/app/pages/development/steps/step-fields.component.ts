import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import type { CaseRecord, TimelineStep } from '@bastion/development-contracts';
import type { OrgKind } from '@bastion/identity-contracts';
import { filingKinds, recommendationSources, stepDefinitions } from '@bastion/development-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { LabelPipe } from '../../../core/i18n/label.pipe';
import type { MessageKey } from '../../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { toLocalDate } from '../../../core/ui/dates';
import { OrgPickerComponent } from '../../../shared/org-picker.component';
import { PersonPickerComponent } from '../../../shared/person-picker.component';
import { AttachmentUploadComponent } from '../../approvals/attachments/attachment-upload.component';
import { DraftFieldComponent } from '../../rectification/item/draft-field.component';
import { DevelopmentFiles } from '../development-files';
import { approvalIsLate, conversionApprovalIsLate } from './approval-late';
import { NomineeEditorComponent } from './nominee-editor.component';
import type { StepDraft, StepDraftField } from './step-draft';
import { STEP_SHAPES, type StepType } from './step-types';
import { VoteFormComponent } from './vote-form.component';

/** What a form on a running case knows of it; a paper record being typed in has none. */
export interface StepContext {
  caseId: string;
  record: CaseRecord;
  timeline: readonly TimelineStep[];
  /** Today in Asia/Shanghai, `YYYY-MM-DD`. */
  today: string;
}

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
 * The fields of one step's form: the business date, the step's own facts, the reason, the note
 * and the files, as the contracts take them. The case's action form and each row of a paper
 * record use it alike; `testId` keeps the ids of several forms on one page apart.
 */
@Component({
  selector: 'bst-step-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NgTemplateOutlet,
    NzCheckboxModule,
    NzDatePickerModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    NzSwitchModule,
    AttachmentUploadComponent,
    DraftFieldComponent,
    LabelPipe,
    NomineeEditorComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
    VoteFormComponent,
  ],
  templateUrl: './step-fields.component.html',
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
export class StepFieldsComponent {
  protected readonly files = inject(DevelopmentFiles);

  readonly type = input.required<StepType>();
  readonly draft = model.required<StepDraft>();
  readonly problems = input<Partial<Record<StepDraftField, string>>>({});
  readonly context = input<StepContext | null>(null);
  readonly testId = input('step');
  readonly disabled = input(false);

  protected readonly filingKinds = filingKinds;
  protected readonly sources = recommendationSources;
  protected readonly resolutions = ['convert', 'extend', 'cancel'] as const;
  protected readonly extensionMonths = [6, 7, 8, 9, 10, 11, 12];
  protected readonly heldBy = ['committee', 'branch', 'party_group'] as const;
  protected readonly branchOnly: readonly OrgKind[] = ['branch'];

  protected readonly shape = computed(() => STEP_SHAPES[this.type()]);
  protected readonly dateLabel = computed<MessageKey>(() => DATE_LABELS[this.type()] ?? 'dev.field.date');
  protected readonly meetingDate = computed(() => toLocalDate(this.draft().date));
  protected readonly caseId = computed(() => this.context()?.caseId ?? null);

  /** The people already on the case, to pick without searching. */
  protected readonly mentors = computed<readonly PersonRef[]>(() => this.context()?.record.mentors ?? []);
  protected readonly sponsors = computed<readonly PersonRef[]>(() => this.context()?.record.sponsors ?? []);
  protected readonly replaceable = computed(() =>
    this.type() === 'replace_sponsor' ? this.sponsors() : this.mentors(),
  );

  /** Evidence goes with a step on record; without a case, any of the 25. */
  protected readonly evidenceSteps = computed(() => {
    const timeline = this.context()?.timeline;
    const done = timeline ? new Set(timeline.filter((s) => s.state === 'done').map((s) => s.number)) : null;
    return stepDefinitions.filter((s) => !done || done.has(s.number));
  });

  /** 报党委审批 past the 3 months after the meeting needs the reason (第二十六条). */
  protected readonly late = computed(() => {
    const context = this.context();
    if (!context) return false;
    if (this.type() === 'submit_approval') return approvalIsLate(context.record, context.today);
    return this.type() === 'submit_conversion_approval' && conversionApprovalIsLate(context.record, context.today);
  });

  protected readonly filingLabel = (kind: string): MessageKey => `dev.filing.${kind}` as MessageKey;
  protected readonly sourceLabel = (source: string): MessageKey => `dev.source.${source}` as MessageKey;
  protected readonly resolutionLabel = (r: string): MessageKey => `dev.resolution.${r}` as MessageKey;
  protected readonly heldByLabel = (h: string): MessageKey => `dev.heldBy.${h}` as MessageKey;

  protected set<K extends keyof StepDraft>(field: K, value: StepDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }

  protected setOpinion(field: keyof StepDraft['opinionsHeard'], value: boolean): void {
    this.draft.update((draft) => ({ ...draft, opinionsHeard: { ...draft.opinionsHeard, [field]: value } }));
  }

  protected toggleSource(source: StepDraft['recommendedBy'][number], on: boolean): void {
    this.draft.update((draft) => ({
      ...draft,
      recommendedBy: on
        ? [...new Set([...draft.recommendedBy, source])]
        : draft.recommendedBy.filter((s) => s !== source),
    }));
  }
}
