import { randomUUID } from 'node:crypto';
import { approvalInputSchema, type StageInput } from '@bastion/approvals-contracts';
import { branchSubject, forestDirectory, orgDeptStage, people } from '../testing/directory';
import { startApprovalEnvironment } from '../testing/workflow-harness';
import { stateQuery } from './approval.workflow';

type Env = Awaited<ReturnType<typeof startApprovalEnvironment>>;

describe('time limits of the approval workflow on the time-skipping server', () => {
  // A fresh server of its own: awaiting results elsewhere lets the test server skip its clock ahead.
  let t: Env;

  beforeAll(async () => {
    t = await startApprovalEnvironment(forestDirectory);
  });
  afterAll(() => t.stop());

  async function submit(stages: StageInput[]) {
    const input = approvalInputSchema.parse({
      requestId: randomUUID(),
      subject: branchSubject,
      route: { stages, settings: {} },
    });
    return { input, handle: await t.submit(input) };
  }

  it('escalates an overdue task one level up on the working-day calendar, across the Spring Festival', async () => {
    // Opened on Wednesday 3 February 2027, 09:00 in Beijing. Three working days skip the
    // Spring Festival holiday (5–8 February): due at the end of Wednesday 10 February.
    const opening = Date.parse('2027-02-03T01:00:00Z');
    const now = await t.env.currentTimeMs();
    if (opening < now)
      throw new Error(
        `This test needs a calendar year still ahead (now ${new Date(now).toISOString()}); move it to a later holiday.`,
      );
    await t.env.sleep(opening - now);
    const r = await submit([
      orgDeptStage({ timeLimit: { amount: 3, unit: 'working_days' }, onExpiry: { kind: 'escalate' } }),
    ]);
    const task = (await r.handle.query(stateQuery)).state.stages[0]!.slots[0]!.holders[0]!;
    expect(task.dueAt).toBe('2027-02-10T16:00:00.000Z');
    await t.env.sleep(Date.parse('2027-02-10T16:00:00Z') - (await t.env.currentTimeMs()) + 1_000);
    await t.ledgerReaches(r.input.requestId, 'escalated');
    const escalated = t.store.ledger(r.input.requestId).filter((e) => e.action === 'escalated');
    expect(escalated[0]).toEqual(
      expect.objectContaining({ automatic: true, detail: { to: [people.groupOrgDept] } }),
    );
    expect(Date.parse(escalated[0]!.at)).toBeGreaterThanOrEqual(Date.parse('2027-02-10T16:00:00Z'));
    const reminders = t.store.ledger(r.input.requestId).filter((e) => e.action === 'reminder');
    expect(reminders.map((e) => e.at.slice(0, 10))).toEqual(['2027-02-08', '2027-02-08']);
  });
});
