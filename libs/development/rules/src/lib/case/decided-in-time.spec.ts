import type { CaseRecord, CaseStep } from '@bastion/development-contracts';
import { ctxOn, id, paperCase } from '../../testing/paper-case';
import type { RuleContext } from '../rule-context';
import { applySignOffOutcome, applyStep, signOffStarted } from './apply-step';
import { complianceReport } from './compliance/compliance-report';
import { stepRefusal } from './refusals';

const actor = { personId: id(1), name: '王组委', userId: id(900) };
const committeeSecretary = { personId: id(3), name: '周书记' };

/** A step taken live on `today`: refused by the rules, or applied. */
function take(record: CaseRecord, step: CaseStep, ctx: RuleContext) {
  const action = { step, actor, capacities: ['officer' as const], people: [] };
  const refusal = stepRefusal(record, action, { ...ctx, migrated: false });
  return refusal ? { refusal, record } : { refusal: null, record: applyStep(record, action, { ...ctx, migrated: false }).record };
}

/** The committee signs off on the engine on `today`. */
function signedOff(record: CaseRecord, kind: 'approval' | 'conversion_approval', ctx: RuleContext) {
  const started = signOffStarted(record, kind, { requestId: id(500), workflowId: `approval/x/${kind}` }, ctx);
  return applySignOffOutcome(
    started,
    {
      kind,
      requestId: id(500),
      outcome: 'approved',
      trail: [{ stageIndex: 0, stageName: '党委审批', actor: committeeSecretary, action: 'approve', automatic: false, opinion: '同意', at: ctx.now }],
    },
    ctx,
  );
}

describe('the approval time limit is checked on the day the committee decides, not only when the case is sent', () => {
  // Admission meeting 2024-05-10: due 2024-08-10, at most 2024-11-10. Conversion meeting 2025-05-15: due 2025-08-15, at most 2025-11-15.
  describe('a decision recorded from paper', () => {
    it.each([
      ['approval_decision', { date: '2024-08-10', approved: true }, null],
      ['approval_decision', { date: '2024-09-01', approved: true }, 'APPROVAL_LATE'],
      ['approval_decision', { date: '2024-09-01', approved: true, lateReason: '党委换届，延期集体讨论' }, null],
      ['approval_decision', { date: '2024-11-11', approved: true, lateReason: '党委换届，延期集体讨论' }, 'APPROVAL_LAPSED'],
      ['conversion_decision', { date: '2025-08-15', approved: true }, null],
      ['conversion_decision', { date: '2025-09-01', approved: true }, 'APPROVAL_LATE'],
      ['conversion_decision', { date: '2025-09-01', approved: true, lateReason: '党委换届，延期集体讨论' }, null],
      ['conversion_decision', { date: '2025-11-16', approved: true, lateReason: '党委换届，延期集体讨论' }, 'APPROVAL_LAPSED'],
    ] as const)('%s %j: %s', (type, decision, code) => {
      // The paper record ends with the decision.
      const opened = paperCase('2026-01-10', type, { [type]: decision });
      expect(opened.problems.map((p) => p.code)).toEqual(code ? [code] : []);
      if (code)
        expect(opened.problems[0]).toMatchObject({ type, params: expect.objectContaining({ decidedOn: decision.date }) });
    });
  });

  describe('a decision signed off on the engine', () => {
    it('stands in time; late without a recorded reason it stands, marked, and fails the compliance report', () => {
      const admitted = paperCase('2024-06-01', 'approval_talk').record;
      const sent = take(admitted, { type: 'submit_approval', note: '', files: [], lateReason: null }, ctxOn('2024-06-01'));
      expect(sent.refusal).toBeNull();
      const inTime = signedOff(sent.record, 'approval', ctxOn('2024-08-10'));
      expect(inTime.status).toBe('probationary');
      expect(inTime.entries.at(-1)!.details['timing']).toBeUndefined();

      const late = signedOff(sent.record, 'approval', ctxOn('2024-09-01'));
      expect(late.status).toBe('probationary');
      expect(late.entries.at(-1)!.details['timing']).toMatchObject({ verdict: 'late_without_reason', due: '2024-08-10', decidedOn: '2024-09-01' });
      expect(complianceReport(late, ctxOn('2024-09-01')).find((c) => c.id === 'approval_time')!.result).toBe('fail');

      const lapsed = signedOff(sent.record, 'approval', ctxOn('2024-11-11'));
      expect(lapsed.status).toBe('candidate');
    });

    it('takes no conversion the committee approves past the longest period, and times one sent in time but decided late', () => {
      const met = paperCase('2025-05-20', 'conversion_meeting').record;
      const sent = take(met, { type: 'submit_conversion_approval', note: '', files: [], lateReason: null }, ctxOn('2025-05-20'));
      expect(sent.refusal).toBeNull();
      expect(signedOff(sent.record, 'conversion_approval', ctxOn('2025-08-15')).status).toBe('full');

      const late = signedOff(sent.record, 'conversion_approval', ctxOn('2025-09-01'));
      expect(late.status).toBe('full');
      expect(late.entries.at(-1)!.details['timing']).toMatchObject({ kind: 'conversion', verdict: 'late_without_reason' });
      expect(complianceReport(late, ctxOn('2025-09-01')).find((c) => c.id === 'conversion_approval_time')).toMatchObject({
        result: 'fail',
        dates: { meeting: '2025-05-15', due: '2025-08-15', approval: '2025-09-01' },
      });

      const lapsed = signedOff(sent.record, 'conversion_approval', ctxOn('2025-11-16'));
      expect(lapsed.status).toBe('probationary');
      expect(lapsed.entries.at(-1)).toMatchObject({ kind: 'conversion_not_approved', details: expect.objectContaining({ lapsed: true }) });
    });

    it('replays a case recorded before the decisions were timed as it ran', () => {
      const met = paperCase('2025-05-20', 'conversion_meeting').record;
      const untimed = { ...ctxOn('2025-05-20'), untimedDecisions: true };
      const sent = take(met, { type: 'submit_conversion_approval', note: '', files: [], lateReason: null }, untimed);
      const decided = signedOff(sent.record, 'conversion_approval', { ...ctxOn('2025-11-16'), untimedDecisions: true });
      expect(decided.status).toBe('full');
    });

    it('asks for the special reason when the conversion is sent past three months, and refuses it past six', () => {
      const met = paperCase('2025-09-01', 'conversion_meeting').record;
      const step: Extract<CaseStep, { type: 'submit_conversion_approval' }> = {
        type: 'submit_conversion_approval',
        note: '',
        files: [],
        lateReason: null,
      };
      expect(take(met, step, ctxOn('2025-09-01')).refusal).toMatchObject({ code: 'APPROVAL_LATE' });
      expect(take(met, { ...step, lateReason: '党委换届，延期集体讨论' }, ctxOn('2025-09-01')).refusal).toBeNull();
      expect(take(met, { ...step, lateReason: '党委换届，延期集体讨论' }, ctxOn('2025-11-16')).refusal).toMatchObject({
        code: 'APPROVAL_LAPSED',
      });
    });
  });
});
