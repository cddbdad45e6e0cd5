import type { CaseStepType, MigratedStep } from '@bastion/development-contracts';
import { caseStepTypes, migratedStepTypes } from '@bastion/development-contracts';

/** Anything a form can record: a step of a running case, a side action, or a decision taken on paper. */
export type StepType = CaseStepType | MigratedStep['type'];

/** Which of the common fields a step takes, and whether they must be filled in. */
export interface StepShape {
  date: boolean;
  note: 'none' | 'optional' | 'required';
  files: 'none' | 'optional' | 'required';
  reason: boolean;
}

const on: StepShape = { date: true, note: 'optional', files: 'optional', reason: false };
const noted: StepShape = { ...on, note: 'required' };
const reasoned: StepShape = { date: true, note: 'none', files: 'none', reason: true };
const reasonedWithFiles: StepShape = { ...reasoned, files: 'optional' };

/** The contracts' shapes, field by field; the service checks the same and has the last word. */
export const STEP_SHAPES: Record<StepType, StepShape> = {
  talk: noted,
  decide_activist: on,
  not_chosen: reasonedWithFiles,
  file: on,
  assign_mentors: on,
  assessment: noted,
  thought_report: on,
  decide_candidate: on,
  fix_sponsors: on,
  political_review: noted,
  concentrated_training: on,
  committee_review: on,
  application_form: on,
  admission_meeting: on,
  approval_talk: noted,
  submit_approval: { date: false, note: 'optional', files: 'optional', reason: false },
  placement: on,
  oath: on,
  conversion_application: on,
  conversion_meeting: on,
  submit_conversion_approval: { date: false, note: 'optional', files: 'optional', reason: false },
  archive: on,
  evidence: { date: false, note: 'optional', files: 'required', reason: false },
  transfer: reasoned,
  transfer_out: reasoned,
  replace_mentor: reasoned,
  replace_sponsor: reasoned,
  withdraw: reasonedWithFiles,
  drop: reasonedWithFiles,
  redo_admission: reasoned,
  direct_admission: { ...reasoned, files: 'required' },
  pre_review_result: on,
  approval_decision: on,
  conversion_decision: on,
};

/** The order the case page offers steps in: the main line, then what happens beside it. */
export const CASE_STEP_ORDER: readonly CaseStepType[] = caseStepTypes;

/** Offered exactly as the service allows them, in the page's order. */
export function offeredSteps(allowed: readonly CaseStepType[]): CaseStepType[] {
  return CASE_STEP_ORDER.filter((type) => allowed.includes(type));
}

/** What a paper record may list, in the order the steps come (the contracts' order). */
export const MIGRATION_TYPES: readonly MigratedStep['type'][] = migratedStepTypes;

/** The numbers (of the 25) a step records, as the migration picker names them. */
export const STEP_NUMBERS: Partial<Record<StepType, string>> = {
  talk: '2',
  decide_activist: '3',
  not_chosen: '3',
  file: '4/8/18',
  assign_mentors: '5',
  assessment: '6/21',
  thought_report: '6',
  decide_candidate: '7',
  fix_sponsors: '9',
  political_review: '10',
  concentrated_training: '11',
  committee_review: '12',
  pre_review_result: '13',
  application_form: '14',
  admission_meeting: '15',
  approval_talk: '16',
  submit_approval: '17',
  approval_decision: '17',
  placement: '19',
  oath: '20',
  conversion_application: '22',
  conversion_meeting: '23',
  submit_conversion_approval: '24',
  conversion_decision: '24',
  archive: '25',
};

/** Steps that close or undo something; the form asks before it sends them. */
export function isDestructive(type: StepType, resolution: string | null): boolean {
  return (
    type === 'withdraw' ||
    type === 'drop' ||
    type === 'transfer_out' ||
    (type === 'conversion_meeting' && resolution === 'cancel')
  );
}

/** The step that moves the case on is the obvious button; side actions stay plain. */
export function isMainLine(type: CaseStepType): boolean {
  return ![
    'evidence',
    'transfer',
    'transfer_out',
    'replace_mentor',
    'replace_sponsor',
    'withdraw',
    'drop',
    'redo_admission',
    'direct_admission',
    'not_chosen',
    'thought_report',
    'assessment',
  ].includes(type);
}
