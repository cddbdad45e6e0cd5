import { Directive, input, model } from '@angular/core';
import type { CaseRecord, TimelineStep } from '@bastion/development-contracts';
import type { StepDraft, StepDraftField } from './step-draft';
import type { StepType } from './step-types';

/** What a form on a running case knows of it; a paper record being typed in has none. */
export interface StepContext {
  caseId: string;
  record: CaseRecord;
  timeline: readonly TimelineStep[];
  /** Today in Asia/Shanghai, `YYYY-MM-DD`. */
  today: string;
}

/**
 * What every part of a step's form takes: the step, the draft it edits, the problems with it, the
 * case it belongs to (if any), the prefix of its test ids and whether it is disabled.
 */
@Directive()
export abstract class StepFieldGroup {
  readonly type = input.required<StepType>();
  readonly draft = model.required<StepDraft>();
  readonly problems = input<Partial<Record<StepDraftField, string>>>({});
  readonly context = input<StepContext | null>(null);
  readonly testId = input('step');
  readonly disabled = input(false);

  protected set<K extends keyof StepDraft>(field: K, value: StepDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }
}
