import {
  caseActionRequestSchema,
  caseInputSchema,
  migratedStepSchema,
  migratedStepTypes,
  nationalRuleSet,
  ruleSetSchema,
  stepByKey,
  stepDefinitions,
  voteCountsSchema,
} from '../index';

describe('development contracts', () => {
  it('number the 25 steps in order across the five stages', () => {
    expect(stepDefinitions).toHaveLength(25);
    expect(stepDefinitions.map((s) => s.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(stepByKey.admission_meeting.number).toBe(15);
    expect(stepByKey.archive.stage).toBe(5);
    const stages = stepDefinitions.map((s) => s.stage);
    expect([...stages].sort()).toEqual(stages);
  });

  it('give a national rule set that its own schema accepts', () => {
    const rules = nationalRuleSet();
    expect(ruleSetSchema.parse(rules).fixed.approvalAtMostMonths).toBe(6);
    expect(rules.settings.routes.approval.stages[0].requires.opinion).toBe(true);
  });

  it('take raw vote counts and default the written opinions to none', () => {
    const vote = voteCountsSchema.parse({ votingMembers: 9, present: 7, yes: 6, no: 1, abstain: 0 });
    expect(vote.written).toEqual({ yes: 0, no: 0, abstain: 0 });
    expect(
      voteCountsSchema.safeParse({ votingMembers: 9, present: -1, yes: 0, no: 0, abstain: 0 }).success,
    ).toBe(false);
    expect(
      voteCountsSchema.safeParse({
        votingMembers: 9,
        present: 7,
        yes: 6,
        no: 1,
        abstain: 0,
        exclusions: [{ name: '王五', reason: '' }],
      }).success,
    ).toBe(false);
  });

  it('refuse a step of a kind it does not know, and one without an idempotency key', () => {
    expect(
      caseActionRequestSchema.safeParse({ idempotencyKey: 'k-12345678', step: { type: 'elect' } }).success,
    ).toBe(false);
    expect(
      caseActionRequestSchema.safeParse({
        step: { type: 'withdraw', date: '2026-01-05', reason: '本人申请' },
      }).success,
    ).toBe(false);
  });

  it('accept decisions taken on paper only in a migrated record', () => {
    const decision = { type: 'approval_decision', date: '2025-03-01', approved: true };
    expect(migratedStepSchema.safeParse(decision).success).toBe(true);
    expect(caseActionRequestSchema.safeParse({ idempotencyKey: 'k-12345678', step: decision }).success).toBe(
      false,
    );
  });

  it('list what a paper record may hold once each, every decision right after the step that asked for it', () => {
    expect([...migratedStepTypes].sort()).toEqual(
      migratedStepSchema.options.map((o) => o.shape.type.value).sort(),
    );
    const next = (type: (typeof migratedStepTypes)[number]) =>
      migratedStepTypes[migratedStepTypes.indexOf(type) + 1];
    expect(next('committee_review')).toBe('pre_review_result');
    expect(next('submit_approval')).toBe('approval_decision');
    expect(next('submit_conversion_approval')).toBe('conversion_decision');
    expect(migratedStepTypes.at(0)).toBe('talk');
    expect(migratedStepTypes.at(-1)).toBe('archive');
  });

  it('need at least one rule set to start a case', () => {
    const input = {
      caseId: '0b6f8f43-34a4-4ad5-9a0a-8d1b6f0d2b11',
      person: {
        personId: '0b6f8f43-34a4-4ad5-9a0a-8d1b6f0d2b11',
        name: '李四',
        gender: 'male',
        birthDate: null,
      },
      org: {
        id: '0b6f8f43-34a4-4ad5-9a0a-8d1b6f0d2b12',
        name: '一支部',
        idPath: '/0b6f8f43-34a4-4ad5-9a0a-8d1b6f0d2b12/',
      },
      approvingCommittee: null,
      ruleSets: [],
      openedBy: { personId: '0b6f8f43-34a4-4ad5-9a0a-8d1b6f0d2b13', name: '张三' },
      application: { date: '2026-01-05' },
    };
    expect(caseInputSchema.safeParse(input).success).toBe(false);
    expect(caseInputSchema.safeParse({ ...input, ruleSets: [nationalRuleSet()] }).success).toBe(true);
  });
});
