import { randomUUID } from 'node:crypto';
import type { ServiceEnv } from '@bastion/platform-config';
import {
  ADMIN,
  checkTerminationGuards,
  directory,
  eventually,
  type TerminationGuards,
} from '@bastion/platform-service-testing';
import type { BesideApprovals } from './approvals-test-app';

/** A signature image as a signer uploads it to the approvals service. */
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/**
 * Decides a sign-off on the engine beside a service the way its signers would: each open task, as
 * its assignee, through the approvals service's HTTP API, stage after stage until the request
 * ends; resolves with the request's final status. `reject` rejects at the first task instead;
 * `signed` adds the signer's signature image (for a stage that requires one, like the leader's
 * signature of a batch report).
 */
export async function decideSignOff<E extends ServiceEnv>(
  t: BesideApprovals<E>,
  requestId: string,
  decision: 'approve' | 'reject' = 'approve',
  signed = false,
): Promise<string> {
  for (;;) {
    const tasks = await eventually(
      () =>
        t.db.query(
          `SELECT r.status, t.actor_person_id FROM approvals.request r
             LEFT JOIN approvals.task t ON t.request_id = r.id AND t.status = 'open' AND t.kind = 'sign'
            WHERE r.id = $1`,
          [requestId],
        ) as Promise<{ status: string; actor_person_id: string | null }[]>,
      (rows) => rows.length > 0 && (rows[0]!.status !== 'running' || rows.some((r) => r.actor_person_id)),
      `sign-off ${requestId} waiting for a signer`,
    );
    if (tasks[0]!.status !== 'running') return tasks[0]!.status;
    const signer = directory.keyOf(tasks.find((r) => r.actor_person_id)!.actor_person_id!);
    if (!signer) throw new Error(`sign-off ${requestId} waits for someone outside the directory`);
    const signature = signed
      ? (await t.approvals.as(signer).upload('签名.png', 'image/png', png)).body
      : null;
    const decided = await t.approvals.as(signer).post(`/requests/${requestId}/actions`, {
      type: decision,
      idempotencyKey: `key-${randomUUID()}`,
      opinion: decision === 'approve' ? '同意。' : '材料不足，不同意。',
      ...(signature ? { signature: { attachmentId: signature.id, sha256: signature.sha256 } } : {}),
    });
    if (decided.status !== 200)
      throw new Error(`${decision} as ${signer}: ${decided.status} ${JSON.stringify(decided.body)}`);
  }
}

/** How a sign-off's request stands in the approvals read model: its status, and who terminated it why. */
interface SignOffEnd {
  status: string;
  terminated_by_user_id: string | null;
  terminated_by_name: string | null;
  termination_reason: string | null;
}

/** The sign-off's request row (undefined until the engine has written it). */
async function signOffEnd<E extends ServiceEnv>(
  t: BesideApprovals<E>,
  requestId: string,
): Promise<SignOffEnd | undefined> {
  const [row] = (await t.db.query(
    `SELECT status, terminated_by_user_id, terminated_by_name, termination_reason
       FROM approvals.request WHERE id = $1`,
    [requestId],
  )) as SignOffEnd[];
  return row;
}

/**
 * The last entry of the sign-off's ledger (with the parent workflow it closed with, if any) and
 * the tasks still open or waiting on it.
 */
async function signOffLedgerTail<E extends ServiceEnv>(
  t: BesideApprovals<E>,
  requestId: string,
): Promise<{ last: Record<string, unknown> | undefined; openTasks: unknown[] }> {
  const ledger = (await t.db.query(
    `SELECT action, automatic, actor_name, opinion, detail->>'withParent' AS parent
       FROM approvals.ledger WHERE request_id = $1 ORDER BY seq`,
    [requestId],
  )) as Record<string, unknown>[];
  const openTasks = (await t.db.query(
    `SELECT 1 FROM approvals.task WHERE request_id = $1 AND status IN ('open', 'waiting')`,
    [requestId],
  )) as unknown[];
  return { last: ledger.at(-1), openTasks };
}

/**
 * Terminates a record (an item, a case) while its sign-off is open, and checks that the sign-off
 * ends with it: the request is closed with who terminated the record and why, its ledger's last
 * entry is that automatic termination naming the record's workflow, nobody is left a task on it,
 * and its hash chain stays intact.
 */
export async function expectSignOffEndsWithItsRecord<E extends ServiceEnv>(
  t: BesideApprovals<E>,
  signOff: { requestId: string; parentWorkflowId: string; reason: string },
  terminateRecord: () => Promise<{ status: number }>,
): Promise<void> {
  const { requestId, reason } = signOff;
  const request = () => signOffEnd(t, requestId);
  await eventually(request, (row) => row?.status === 'running', 'the sign-off opened');

  expect((await terminateRecord()).status).toBe(200);

  const closed = await eventually(
    request,
    (row) => row?.status === 'terminated',
    'the sign-off closed with its record',
  );
  expect(closed).toEqual({
    status: 'terminated',
    terminated_by_user_id: ADMIN.userId,
    terminated_by_name: ADMIN.displayName,
    termination_reason: reason,
  });
  const { last, openTasks } = await signOffLedgerTail(t, requestId);
  expect(last).toEqual({
    action: 'terminate',
    automatic: true,
    actor_name: ADMIN.displayName,
    opinion: reason,
    parent: signOff.parentWorkflowId,
  });
  expect(openTasks).toEqual([]);
  const seen = await t.approvals.as(ADMIN).get(`/requests/${requestId}`);
  expect(seen.body).toMatchObject({
    status: 'terminated',
    termination: { by: { userId: ADMIN.userId, name: ADMIN.displayName }, reason },
  });
  expect((await t.approvals.as(ADMIN).get(`/requests/${requestId}/verify`)).body).toMatchObject({
    intact: true,
    problems: [],
  });
}

/** A procedure's terminate route (development's cases, rectification's items) and its records. */
export interface ProcedureTermination<E extends ServiceEnv> extends TerminationGuards {
  service: BesideApprovals<E>;
  workflowId: (id: string) => string;
  /** Opens a record and takes it to a step that waits for a sign-off: its id and the sign-off's. */
  awaitingSignOff: () => Promise<{ id: string; requestId: string }>;
}

/**
 * What a procedure's terminate route does: what every terminate route does
 * (`checkTerminationGuards`), and terminating a record closes the sign-off it waits for
 * (`expectSignOffEndsWithItsRecord`).
 */
export function checkProcedureTermination<E extends ServiceEnv>(termination: ProcedureTermination<E>): void {
  it(`closes the sign-off the ${termination.record} was waiting for, with who and why, in the approvals read model and ledger`, async () => {
    const { id, requestId } = await termination.awaitingSignOff();
    const reason = '审批卡住，由管理员终止';

    await expectSignOffEndsWithItsRecord(
      termination.service,
      { requestId, parentWorkflowId: termination.workflowId(id), reason },
      () => termination.terminate(ADMIN, id, { reason }),
    );
  });

  checkTerminationGuards(termination);
}
