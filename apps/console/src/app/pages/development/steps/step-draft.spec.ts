import type { PersonRef } from '@bastion/approvals-contracts';
import { caseStepSchema, migratedStepSchema } from '@bastion/development-contracts';
import { approvalIsLate } from './approval-late';
import { buildStep, draftFieldOf, emptyDraft, filingFor, stepDraftProblems } from './step-draft';
import { emptyVote } from './vote-draft';

const member = (n: number): PersonRef => ({
  personId: `00000000-0000-4000-8000-00000000000${n}`,
  name: `党员${n}`,
});
const on = (y: number, m: number, d: number) => emptyDraft(new Date(y, m - 1, d));

describe('step drafts', () => {
  it('want exactly two sponsors and send each by who they are, never with a declaration of discipline', () => {
    const draft = { ...on(2026, 3, 2), nominees: [member(1)] };
    expect(stepDraftProblems('fix_sponsors', draft)).toEqual({ nominees: 'dev.need.sponsors' });

    const two = { ...draft, nominees: [member(1), member(2)] };
    expect(stepDraftProblems('fix_sponsors', two)).toEqual({});
    const step = buildStep('fix_sponsors', two);
    expect(caseStepSchema.parse(step)).toEqual({
      type: 'fix_sponsors',
      date: '2026-03-02',
      note: '',
      files: [],
      sponsors: [{ personId: member(1).personId }, { personId: member(2).personId }],
    });
    // The service takes no box ticked on the form: discipline is the member's record.
    expect(
      caseStepSchema.safeParse({
        ...step,
        sponsors: [
          { personId: member(1).personId, underDisciplinaryProbation: false },
          { personId: member(2).personId },
        ],
      }).success,
    ).toBe(false);
  });

  it('send a meeting’s raw counts, and an extension only with that resolution', () => {
    const vote = { ...emptyVote(), votingMembers: 9, present: 7, yes: 6, no: 1, abstain: 0 };
    expect(stepDraftProblems('conversion_meeting', { ...on(2026, 3, 2), vote: emptyVote() })).toEqual({
      vote: 'dev.need.voteCounts',
    });
    expect(
      stepDraftProblems('conversion_meeting', { ...on(2026, 3, 2), vote, resolution: 'extend' }),
    ).toEqual({
      extensionMonths: 'common.required',
    });

    const extend = buildStep('conversion_meeting', {
      ...on(2026, 3, 2),
      vote,
      resolution: 'extend',
      extensionMonths: 6,
    });
    expect(caseStepSchema.parse(extend)).toMatchObject({ resolution: 'extend', extensionMonths: 6 });
    const convert = buildStep('conversion_meeting', { ...on(2026, 3, 2), vote, extensionMonths: 6 });
    expect(caseStepSchema.parse(convert)).toMatchObject({
      resolution: 'convert',
      extensionMonths: null,
      vote: { votingMembers: 9, present: 7, yes: 6, written: { yes: 0, no: 0, abstain: 0 } },
    });
  });

  it('build steps the contracts accept, for a case and for a paper record', () => {
    const draft = {
      ...on(2025, 6, 30),
      note: '结业',
      from: new Date(2025, 5, 26),
      days: 5,
      hours: 40,
      provider: '党校',
      passed: true,
      talker: [member(3)],
      heldBy: 'branch' as const,
      partyGroup: '第一党小组',
    };
    for (const type of [
      'concentrated_training',
      'oath',
      'placement',
      'talk',
      'archive',
      'submit_approval',
    ] as const) {
      expect(caseStepSchema.safeParse(buildStep(type, draft)).success).toBe(true);
    }
    for (const type of ['pre_review_result', 'approval_decision', 'conversion_decision'] as const) {
      expect(migratedStepSchema.safeParse(buildStep(type, draft)).success).toBe(true);
    }
    expect(buildStep('submit_approval', { ...draft, lateReason: '  ' })).toEqual({
      type: 'submit_approval',
      note: '结业',
      files: [],
      lateReason: null,
    });
  });

  it('need a reason of two characters for the side actions that close or move the case', () => {
    expect(stepDraftProblems('withdraw', { ...on(2026, 1, 5), reason: '走' })).toEqual({
      reason: 'dev.need.reason',
    });
    expect(stepDraftProblems('transfer', { ...on(2026, 1, 5), reason: '工作调动' })).toEqual({
      toOrgId: 'common.required',
    });
  });

  it('place the service’s problems on their fields, for a case action and a paper record', () => {
    expect(draftFieldOf('step.vote.present')).toBe('vote');
    expect(draftFieldOf('step.sponsors.1.personId')).toBe('nominees');
    expect(draftFieldOf('steps.3.publicNotice.to')).toBe('noticeTo');
    expect(draftFieldOf('steps.3.approved')).toBe('passed');
    expect(draftFieldOf('step.date')).toBe('date');
    expect(draftFieldOf('idempotencyKey')).toBeNull();
  });

  it('file what the case is waiting for', () => {
    expect(filingFor({ currentStep: 8, status: 'candidate' })).toBe('candidate');
    expect(filingFor({ currentStep: 18, status: 'probationary' })).toBe('approval');
    expect(filingFor({ currentStep: null, status: 'activist' })).toBe('activist');
  });
});

describe('approvalIsLate', () => {
  const record = (
    meetings: { admissionMeeting?: string | null; conversionMeeting?: string },
    due?: string,
  ) => ({
    dates: { admissionMeeting: null, conversionMeeting: null, ...meetings } as never,
    clocks: due
      ? [
          {
            key: 'approval' as const,
            kind: 'deadline' as const,
            due,
            remindFrom: due,
            escalateFrom: null,
            rule: '',
            ruleSetId: '',
          },
        ]
      : [],
  });

  it('goes by the case’s approval clock', () => {
    const clocked = record({ admissionMeeting: '2026-01-10' }, '2026-04-10');
    expect(approvalIsLate('submit_approval', clocked, '2026-04-10')).toBe(false);
    expect(approvalIsLate('submit_approval', clocked, '2026-04-11')).toBe(true);
  });

  // Without a clock, three calendar months from the meeting the approval follows.
  it.each([
    ['submit_approval', { admissionMeeting: '2025-11-30' }, '2026-02-28', false],
    ['submit_approval', { admissionMeeting: '2025-11-30' }, '2026-03-01', true],
    ['submit_approval', { admissionMeeting: null }, '2030-01-01', false],
    ['submit_conversion_approval', { conversionMeeting: '2025-11-30' }, '2026-02-28', false],
    ['submit_conversion_approval', { conversionMeeting: '2025-11-30' }, '2026-03-01', true],
    ['talk', { admissionMeeting: '2024-01-10', conversionMeeting: '2025-11-30' }, '2030-01-01', false],
  ] as const)('%s after meetings %j, on %s: late %s', (step, meetings, today, late) => {
    expect(approvalIsLate(step, record(meetings), today)).toBe(late);
  });
});
