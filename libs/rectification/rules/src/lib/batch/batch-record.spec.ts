import type { BatchAction, BatchActionRequest, BatchRecord } from '@bastion/rectification-contracts';
import { renderText } from '@bastion/messages';
import { batchInputSchema } from '@bastion/rectification-contracts';
import { branchOrg, config, nextKey, noon, people } from '../../testing/fixtures';
import {
  applyBatchAction,
  applyLeaderCheck,
  applyReportClock,
  applyReportSignature,
  batchEventNote,
  batchRefusal,
  initialBatchRecord,
} from './batch-record';

const batch = (): BatchRecord =>
  initialBatchRecord(
    batchInputSchema.parse({
      batchId: '00000000-0000-4000-a000-0000000000c1',
      source: 'inspection_patrol',
      title: '2026年第一轮巡察反馈',
      feedbackDate: '2026-03-02',
      inspectedOrg: branchOrg,
      config,
      createdBy: people.inspector,
    }),
    noon('2026-03-02'),
  );

const as = (request: BatchActionRequest, roles: { supervisor: boolean; officer: boolean }): BatchAction => ({
  ...request,
  actor: { ...people.officer, userId: 'u' },
  ...roles,
});
const report = (): BatchActionRequest => ({
  type: 'submit_report',
  idempotencyKey: nextKey(),
  report: '整改情况报告',
  leaderReport: '主要负责人报告',
  files: [],
});
const officer = { supervisor: false, officer: true };
const supervisor = { supervisor: true, officer: false };
const signedBy = (name: string) => [
  {
    stageIndex: 0,
    stageName: '主要负责人签批',
    actor: { personId: people.branchSecretary.personId, name },
    action: 'approve',
    automatic: false,
    opinion: null,
    at: noon('2026-04-01'),
  },
];

function signed(): BatchRecord {
  const submitted = applyBatchAction(batch(), as(report(), officer), noon('2026-04-01'), 'req-1').batch;
  return applyReportSignature(
    submitted,
    { requestId: 'req-1', outcome: 'approved', trail: signedBy('吴书记') },
    noon('2026-04-02'),
  );
}

describe('a finding batch', () => {
  it('has its report due three months after feedback for an inspection patrol', () => {
    expect(batch()).toMatchObject({ status: 'open', reportDeadline: '2026-06-02' });
  });

  it('sends the report to the principal leader to sign', () => {
    const { batch: next, sign } = applyBatchAction(
      batch(),
      as(report(), officer),
      noon('2026-04-01'),
      'req-1',
    );
    expect(sign).toBe(true);
    expect(next).toMatchObject({ status: 'signing', pendingRequestId: 'req-1' });
  });

  it('is signed by the leader who approved', () => {
    expect(signed()).toMatchObject({
      status: 'signed',
      signature: { leader: { name: '吴书记' }, requestId: 'req-1' },
    });
  });

  it('goes back to open when the leader refuses to sign', () => {
    const submitted = applyBatchAction(batch(), as(report(), officer), noon('2026-04-01'), 'req-1').batch;
    const next = applyReportSignature(
      submitted,
      { requestId: 'req-1', outcome: 'rejected', trail: [] },
      noon('2026-04-02'),
    );
    expect(next.status).toBe('open');
    expect(next.events.at(-1)?.kind).toBe('report_rejected');
  });

  it('ignores the outcome of a signature request a redo has overtaken', () => {
    const submitted = applyBatchAction(batch(), as(report(), officer), noon('2026-04-01'), 'req-1').batch;
    const redone = applyBatchAction(
      submitted,
      as({ type: 'order_redo', idempotencyKey: nextKey(), reason: '整改不到位' }, supervisor),
      noon('2026-04-01'),
      'x',
    ).batch;
    expect(
      applyReportSignature(
        { ...redone, pendingRequestId: null },
        { requestId: 'req-1', outcome: 'approved', trail: signedBy('吴书记') },
        noon('2026-04-02'),
      ).status,
    ).toBe('open');
  });

  it('needs re-signing when someone else holds the office (主要负责人变更)', () => {
    const { batch: next, sign } = applyLeaderCheck(
      signed(),
      [people.newBranchSecretary],
      noon('2026-05-01'),
      'req-2',
    );
    expect(sign).toBe(true);
    expect(next).toMatchObject({ status: 're_sign_required', pendingRequestId: 'req-2' });
    expect(next.events.at(-1)).toMatchObject({ kind: 'leader_changed', automatic: true });
  });

  it('stays signed while the signer still holds the office, or while nobody is recorded in it', () => {
    const before = signed();
    const sameLeader = { ...people.branchSecretary, name: '吴书记' };
    expect(applyLeaderCheck(before, [sameLeader], noon('2026-05-01'), 'r').sign).toBe(false);
    expect(applyLeaderCheck(before, [], noon('2026-05-01'), 'r').sign).toBe(false);
  });

  it('reminds before the report deadline and flags it overdue after, once each', () => {
    let next = applyReportClock(batch(), '2026-05-26', '2026-05-26', noon('2026-05-26'));
    next = applyReportClock(next, '2026-05-27', '2026-05-26', noon('2026-05-27'));
    next = applyReportClock(next, '2026-06-03', '2026-05-26', noon('2026-06-03'));
    expect(next.events.map((e) => e.kind)).toEqual(['created', 'report_reminder', 'report_overdue']);
  });

  it('writes its own notes in Chinese, as recorded histories hold them, and gives them in either language', () => {
    let next = applyReportClock(batch(), '2026-06-03', '2026-05-26', noon('2026-06-03'));
    next = applyLeaderCheck({ ...signed(), events: next.events }, [people.newBranchSecretary], noon('2026-06-04'), 'r').batch;
    const [, reminder, overdue, changed] = next.events;
    expect([reminder!.note, overdue!.note]).toEqual([
      `整改报告须于 ${next.reportDeadline} 前报送。`,
      `整改报告已超过报送期限 ${next.reportDeadline}。`,
    ]);
    expect(changed!.note).toBe(`主要负责人已变更为 ${people.newBranchSecretary.name}，需重新签批。`);
    expect(next.events.slice(1).map((e) => renderText(batchEventNote(e)!, 'en-US'))).toEqual([
      `The rectification report is due by ${next.reportDeadline}.`,
      `The rectification report is past its deadline of ${next.reportDeadline}.`,
      `The principal leader is now ${people.newBranchSecretary.name}; the report is to be signed again.`,
    ]);
  });

  it('shows a person’s own note as written', () => {
    expect(batchEventNote({ kind: 'redo_ordered', automatic: false, note: '报告过于笼统' })).toBeNull();
    expect(batchEventNote({ kind: 'leader_changed', automatic: true, note: '手工录入的说明' })).toBeNull();
  });

  it('refuses to close before the report is signed, and lets only supervisors close', () => {
    const close = { type: 'close' as const, idempotencyKey: nextKey(), note: '' };
    expect(batchRefusal(batch(), as(close, supervisor))?.code).toBe('WRONG_STATE');
    expect(batchRefusal(signed(), as(close, officer))?.code).toBe('NOT_ALLOWED');
    expect(batchRefusal(signed(), as(close, supervisor))).toBeNull();
  });
});
