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
import { approvalIsLate } from './approval-late';
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

/**
 * The fields of one step's form: the business date, the step's own facts, the reason, the note and
 * the files, as the contracts take them (`step-layout.ts` says which, step by step). The case's
 * action form and each row of a paper record use it alike; `testId` keeps the ids of several
 * forms on one page apart.
 */
@Component({
  selector: 'bst-step-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent, FieldSlotDirective, VoteFormComponent],
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
    return !!context && approvalIsLate(this.type(), context.record, context.today);
  });

  protected readonly layout = computed(() =>
    stepLayout(this.type(), {
      draft: this.draft(),
      replaceable: this.replaceable(),
      mentors: this.context()?.record.mentors ?? [],
      evidenceSteps: this.evidenceSteps(),
      late: this.late(),
    }),
  );

  protected set<K extends keyof StepDraft>(field: K, value: StepDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }
}
