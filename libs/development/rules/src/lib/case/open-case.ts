import {
  type CaseInput,
  type CaseRecord,
  DevelopmentErrorCode,
  type MigratedStep,
  type MigrationProblem,
  type Refusal,
  type SignOffKind,
} from '@bastion/development-contracts';
import { applicantRefusal } from '../age';
import { applicantDisciplineRefusal } from '../eligibility';
import { refuse } from '../rule-refusal';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import { applyStep } from './apply-step';
import { admissionDatesCleared, currentStep, withEntry } from './case-state';
import { applyClocks } from './clocks';
import { stepRefusal } from './refusals';

/**
 * A case's record from its input: the application (step 1), then, for a paper record, every step
 * already taken, applied in order by the same rules as a live step. Every step the rules refuse
 * is listed; a case with problems is not started. Also says which sign-off the record is left
 * waiting for (a paper record that stops after the committee review waits for the pre-review).
 */
export function openCaseRecord(
  input: CaseInput,
  ctx: RuleContext,
): { record: CaseRecord; problems: MigrationProblem[]; signOff: SignOffKind | null } {
  const problems: MigrationProblem[] = [];
  const applicationRules = ruleSetOn(ctx.ruleSets, input.application.date);
  const tooYoung = applicantRefusal(input.person, input.application.date, applicationRules);
  if (tooYoung) problems.push({ index: -1, type: 'application', ...toProblem(tooYoung) });
  const expelled = applicantDisciplineRefusal(input.sanctions ?? [], input.application.date);
  if (expelled) problems.push({ index: -1, type: 'application', ...toProblem(expelled) });
  if (input.application.date > ctx.today)
    problems.push({
      index: -1,
      type: 'application',
      ...toProblem(
        refuse(DevelopmentErrorCode.BadDate, 'application_in_future', { date: input.application.date }),
      ),
    });

  const migrated = input.migratedSteps.length > 0;
  let record: CaseRecord = {
    caseId: input.caseId,
    person: input.person,
    org: input.org,
    approvingCommittee: input.approvingCommittee,
    status: 'applicant',
    currentStep: 2,
    dates: emptyDates(input.application.date),
    mentors: [],
    sponsors: [],
    review: null,
    training: null,
    leaving: null,
    preReviewPassed: null,
    assessments: [],
    thoughtReports: [],
    votes: [],
    approvalLateReason: null,
    extension: null,
    resolution: null,
    pending: null,
    notChosen: null,
    directAdmission: null,
    closedReason: null,
    migrated,
    clocks: [],
    alerts: [],
    entries: [],
    ruleSets: ctx.ruleSets.map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom })),
    openedAt: ctx.now,
    version: 0,
  };
  record = withEntry(
    { ...record, currentStep: currentStep(record) },
    {
      kind: migrated ? 'migrated' : 'opened',
      step: 1,
      date: input.application.date,
      actor: input.openedBy,
      migrated,
      note: input.application.note,
      files: input.application.files,
    },
    ctx,
  );

  const actor = { personId: input.openedBy.personId, name: input.openedBy.name, userId: '' };
  let signOff: SignOffKind | null = null;
  input.migratedSteps.forEach((step, index) => {
    const roll = isMeeting(step) ? input.rolls?.find((r) => r.date === step.date) : undefined;
    const action = { step, actor, capacities: [], people: input.people, ...(roll ? { roll } : {}) };
    const refusal = stepRefusal(record, action, { ...ctx, migrated: true });
    if (refusal) {
      problems.push({ index, type: step.type, ...toProblem(refusal) });
      return;
    }
    const applied = applyStep(record, action, { ...ctx, migrated: true });
    record = applied.record;
    if (applied.signOff) signOff = applied.signOff;
    if (
      step.type === 'pre_review_result' ||
      step.type === 'approval_decision' ||
      step.type === 'conversion_decision'
    )
      signOff = null;
  });
  // A paper record can stop half-way through a sign-off: the one still open is started live.
  if (signOff === 'approval_talk' && record.dates.approvalTalk) signOff = null;
  return { record: applyClocks(record, ctx), problems, signOff };
}

const isMeeting = (
  step: MigratedStep,
): step is Extract<MigratedStep, { type: 'admission_meeting' | 'conversion_meeting' }> =>
  step.type === 'admission_meeting' || step.type === 'conversion_meeting';

function toProblem(refusal: Refusal) {
  return {
    code: refusal.code,
    problem: refusal.message,
    ...(refusal.params ? { params: refusal.params } : {}),
  };
}

/** A case's dates on the day of its application: nothing else on record yet. */
export function emptyDates(application: string): CaseRecord['dates'] {
  return {
    application,
    talk: null,
    activist: null,
    activistFiled: null,
    mentors: null,
    candidate: null,
    candidateFiled: null,
    sponsors: null,
    ...admissionDatesCleared,
    approval: null,
    approvalFiled: null,
    placement: null,
    oath: null,
    probationEnd: null,
    conversionApplication: null,
    conversionMeeting: null,
    conversionSubmitted: null,
    conversionApproval: null,
    standing: null,
    archived: null,
    closed: null,
  };
}
