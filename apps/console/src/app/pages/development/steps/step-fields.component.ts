import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import type { PersonRef } from '@bastion/approvals-contracts';
import { type CaseRecord, stepDefinitions, type TimelineStep } from '@bastion/development-contracts';
import {
  DevelopmentFiles,
  FormFieldsComponent,
  FieldSlotDirective,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';
import { approvalIsLate, conversionApprovalIsLate } from './approval-late';
import { NomineeEditorComponent } from './nominee-editor.component';
import type { StepDraft, StepDraftField } from './step-draft';
import { stepLayout } from './step-layout';
import type { StepType } from './step-types';
import { VoteFormComponent } from './vote-form.component';

/** What a form on a running case knows of it; a paper record being typed in has none. */
export interface StepContext {
  caseId: string;
  record: CaseRecord;
  timeline: readonly TimelineStep[];
  /** Today in Asia/Shanghai, `YYYY-MM-DD`. */
  today: string;
}

/** Who a step names as mentors, sponsors or a replacement: how many, whom to offer, the test id's tail. */
function nomineesOf(type: StepType, record: CaseRecord | undefined, replaces: string | null) {
  if (type === 'fix_sponsors')
    return { max: 2, suggestions: record?.mentors ?? [], exclude: [], id: 'sponsors' };
  if (type === 'assign_mentors') return { max: 2, suggestions: [], exclude: [], id: 'mentors' };
  return { max: 1, suggestions: [], exclude: replaces ? [replaces] : [], id: 'replacement' };
}

/**
 * The fields of one step's form: the business date, the step's own facts, the reason, the note and
 * the files, as the contracts take them (`step-layout.ts` says which, step by step). The case's
 * action form and each row of a paper record use it alike; `testId` keeps the ids of several
 * forms on one page apart.
 */
@Component({
  selector: 'bst-step-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent, FieldSlotDirective, NomineeEditorComponent, VoteFormComponent],
  template: `
    @let d = draft();
    @let id = testId();
    <bst-form-fields
      [layout]="layout()"
      [(draft)]="draft"
      [problems]="problems()"
      [testId]="id"
      [disabled]="disabled()"
      [store]="files.store"
    >
      <ng-template bstFieldSlot="nominees">
        <bst-nominee-editor
          [max]="nominees().max"
          [suggestions]="nominees().suggestions"
          [exclude]="nominees().exclude"
          [nominees]="d.nominees"
          (nomineesChange)="set('nominees', $event)"
          [testId]="id + '-' + nominees().id"
        />
      </ng-template>
      <ng-template bstFieldSlot="vote">
        <bst-vote-form
          [vote]="d.vote"
          (voteChange)="set('vote', $event)"
          [caseId]="context()?.caseId ?? null"
          [date]="meetingDate()"
          [disabled]="disabled()"
          [testId]="id + '-vote'"
        />
      </ng-template>
    </bst-form-fields>
  `,
  styles: ':host { display: block; }',
})
export class StepFieldsComponent {
  protected readonly files = inject(DevelopmentFiles);
  private readonly i18n = inject(TranslateService);

  readonly type = input.required<StepType>();
  readonly draft = model.required<StepDraft>();
  readonly problems = input<Partial<Record<StepDraftField, string>>>({});
  readonly context = input<StepContext | null>(null);
  readonly testId = input('step');
  readonly disabled = input(false);

  protected readonly meetingDate = computed(() => toLocalDate(this.draft().date));
  protected readonly nominees = computed(() =>
    nomineesOf(this.type(), this.context()?.record, this.draft().replaces),
  );

  /** The people already on the case, to pick without searching. */
  private readonly replaceable = computed<readonly PersonRef[]>(() => {
    const record = this.context()?.record;
    return (this.type() === 'replace_sponsor' ? record?.sponsors : record?.mentors) ?? [];
  });

  /** Evidence goes with a step on record; without a case, any of the 25. */
  private readonly evidenceSteps = computed(() => {
    const timeline = this.context()?.timeline;
    const done = timeline ? new Set(timeline.filter((s) => s.state === 'done').map((s) => s.number)) : null;
    return stepDefinitions
      .filter((s) => !done || done.has(s.number))
      .map((s) => ({ value: s.number, text: `${s.number}. ${this.i18n.label(s)}` }));
  });

  /** 报党委审批 past the 3 months after the meeting needs the reason (第二十六条). */
  private readonly late = computed(() => {
    const context = this.context();
    if (!context) return false;
    if (this.type() === 'submit_approval') return approvalIsLate(context.record, context.today);
    return (
      this.type() === 'submit_conversion_approval' && conversionApprovalIsLate(context.record, context.today)
    );
  });

  protected readonly layout = computed(() =>
    stepLayout(this.type(), {
      draft: this.draft(),
      replaceable: this.replaceable(),
      evidenceSteps: this.evidenceSteps(),
      late: this.late(),
    }),
  );

  protected set<K extends keyof StepDraft>(field: K, value: StepDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }
}
