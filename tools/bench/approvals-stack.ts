import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  approvalInputSchema,
  approvalWorkflowId,
  APPROVALS_TASK_QUEUE,
  type PersonRef,
  type StageInput,
} from '@bastion/approvals-contracts';
import { type BenchUser, ServiceStack } from './service-stack';

const ORG = { id: '00000000-0000-4000-a000-000000000001', name: '基准测试党支部' };

export function benchPerson(n: number): PersonRef {
  return { personId: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`, name: `测试人员${n}` };
}

/** The approvals service on its own stack. */
export function startApprovalsStack(): Promise<ServiceStack> {
  return ServiceStack.start('approvals', (dataDir) => ({ ATTACHMENTS_DIR: join(dataDir, 'attachments') }));
}

/** A member of the benchmark's branch, as the approvals API sees them. */
export function member(person: PersonRef): BenchUser {
  return { ...person, grants: [{ role: 'full_member', orgId: ORG.id, orgPath: `/${ORG.id}/` }] };
}

/** Starts an approval along `stages`, as a parent service would. */
export async function startRequest(
  stack: ServiceStack,
  submitter: PersonRef,
  stages: StageInput[],
): Promise<string> {
  const input = approvalInputSchema.parse({
    requestId: randomUUID(),
    subject: {
      procedure: 'general',
      businessKey: `bench/${randomUUID()}`,
      title: '基准测试请示',
      org: { id: ORG.id, name: ORG.name, idPath: `/${ORG.id}/` },
      submitter,
    },
    route: { stages, settings: { whenNobody: 'process_admin', processAdmins: [submitter] } },
  });
  await stack.client.workflow.start('approval', {
    taskQueue: APPROVALS_TASK_QUEUE,
    workflowId: approvalWorkflowId(`bench/${input.requestId}`, 'approval'),
    args: [input],
  });
  return input.requestId;
}

export function stage(
  name: string,
  people: PersonRef[],
  mode: 'all' | 'any' | 'sequential' = 'all',
): StageInput {
  return { name, assignees: { kind: 'people', people }, mode: { kind: mode } };
}
