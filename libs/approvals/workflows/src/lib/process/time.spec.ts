import type { PersonRef } from '@bastion/approvals-contracts';
import { act, person, stage } from '../../testing/approval-fixtures';
import { startRequest } from '../../testing/process-harness';

const [a, b, c] = ['甲', '乙', '丙'].map(person) as [PersonRef, PersonRef, PersonRef];
const threeWorkingDays = { timeLimit: { amount: 3, unit: 'working_days' as const }, remindBefore: 1 };

describe('time limits', () => {
  it('give each opened task its due time on the working-day calendar', async () => {
    // Opened Monday 2 March 2026, 09:00 Beijing time.
    const r = await startRequest([stage('审核', [a], threeWorkingDays)]);
    const task = r.state.stages[0]!.slots[0]!.holders[0]!;
    expect(task.dueAt).toBe('2026-03-05T16:00:00.000Z');
    expect(r.process.nextWake()).toBe('2026-03-03T16:00:00.000Z');
  });

  it('remind the assignee before the limit, once', async () => {
    const r = await startRequest([stage('审核', [a], threeWorkingDays)]);
    r.ports.advanceTo('2026-03-03T16:00:00.000Z');
    await r.process.tick();
    await r.process.tick();
    expect(r.ports.notices.filter((n) => n.kind === 'reminder')).toEqual([
      { people: [a], kind: 'reminder', text: 'reminder' },
    ]);
    expect(r.process.nextWake()).toBe('2026-03-05T16:00:00.000Z');
  });

  it('remind again after the limit up to N times, then the request expires', async () => {
    const r = await startRequest([
      stage('审核', [a], { ...threeWorkingDays, onExpiry: { kind: 'remind', times: 2 } }),
    ]);
    for (let i = 0; i < 5 && r.state.status === 'running'; i++) {
      r.ports.advanceTo(r.process.nextWake()!);
      await r.process.tick();
    }
    expect(r.ports.actions().filter((x) => ['reminder', 'overdue_reminder', 'expired'].includes(x))).toEqual([
      'reminder',
      'overdue_reminder',
      'overdue_reminder',
      'expired',
    ]);
    expect(r.state.status).toBe('expired');
  });

  it('escalate an overdue task to the same role one level up, recorded as automatic', async () => {
    const r = await startRequest([
      stage('审核', [a], { ...threeWorkingDays, onExpiry: { kind: 'escalate' } }),
    ]);
    r.ports.escalation.set(a.personId, [b, c]);
    r.ports.advanceTo('2026-03-05T16:00:00.000Z');
    await r.process.tick();
    expect(r.openTo().sort()).toEqual(['丙', '乙'].sort());
    expect(r.ports.ledger.find((e) => e.action === 'escalated')).toEqual(
      expect.objectContaining({ automatic: true, onBehalfOf: a, detail: { to: [b, c] } }),
    );
    // Either of them decides for the slot.
    await r.process.act(act(c, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });

  it('when escalation finds nobody, remind instead of passing silently', async () => {
    const r = await startRequest([
      stage('审核', [a], { ...threeWorkingDays, onExpiry: { kind: 'escalate' } }),
    ]);
    r.ports.advanceTo('2026-03-05T16:00:00.000Z');
    await r.process.tick();
    expect(r.openTo()).toEqual(['甲']);
    expect(r.ports.actions()).toContain('overdue_reminder');
  });

  it('approve or reject by themselves only where the template allows, recorded as automatic', async () => {
    const r = await startRequest(
      [stage('审核', [a, b], { ...threeWorkingDays, onExpiry: { kind: 'auto_approve' } })],
      { allowAutoDecision: true },
    );
    await r.process.act(act(a, { type: 'approve' }));
    r.ports.advanceTo('2026-03-05T16:00:00.000Z');
    await r.process.tick();
    expect(r.state.status).toBe('approved');
    expect(r.ports.ledger.find((e) => e.action === 'auto_approve')).toEqual(
      expect.objectContaining({ automatic: true, actor: null, onBehalfOf: b }),
    );
  });

  it('restart for the tasks a return reopens', async () => {
    const r = await startRequest([
      stage('初审', [a], threeWorkingDays),
      stage('复审', [b], threeWorkingDays),
    ]);
    await r.process.act(act(a, { type: 'approve' }));
    r.ports.advance(24 * 3600_000);
    await r.process.act(act(b, { type: 'return', target: { kind: 'stage', stageIndex: 0 } }));
    expect(r.state.stages[0]!.slots[0]!.holders[0]!.dueAt).toBe('2026-03-06T16:00:00.000Z');
  });
});
