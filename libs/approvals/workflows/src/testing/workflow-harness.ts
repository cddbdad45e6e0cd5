import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  APPROVALS_TASK_QUEUE,
  type ApprovalInput,
  approvalWorkflowId,
  type PersonRef,
} from '@bastion/approvals-contracts';
import {
  IDENTITY_TASK_QUEUE,
  type IdentityActivities,
  type OrgRef,
  type PersonSnapshot,
} from '@bastion/identity-contracts';
import { bundleWorkflows } from '@bastion/platform-temporal';
import { startTimeSkippingServer, waitFor } from '@bastion/platform-testing';
import type { ApprovalLocalActivities, PersistBatch } from '@bastion/approvals-rules';
import { shippedChinaHolidayData } from '@bastion/calendar';
import type { approval } from '../lib/approval.workflow';

/** Who holds which role where, for the identity activities the workflow calls. */
export interface Directory {
  /** Org nodes by id, each with its path from the root (itself last) and its approving committee. */
  orgs: Record<string, { path: OrgRef[]; approvingCommittee?: OrgRef }>;
  /** `${orgId}/${role}` → the people holding it. */
  holders: Record<string, PersonRef[]>;
}

function snapshot(person: PersonRef, org: OrgRef): PersonSnapshot {
  return {
    id: person.personId,
    name: person.name,
    gender: 'male',
    birthDate: null,
    org,
    orgPath: [org],
    membership: null,
  };
}

/** The identity service's activities over a fixed directory. */
export function directoryActivities(directory: Directory): IdentityActivities {
  const orgOf = (orgId: string) => {
    const org = directory.orgs[orgId];
    if (!org) throw new Error(`no org ${orgId} in the test directory`);
    return org;
  };
  return {
    async resolveRoleHolders({ role, orgId }) {
      const org = orgOf(orgId);
      return (directory.holders[`${orgId}/${role}`] ?? []).map((p) => snapshot(p, org.path.at(-1)!));
    },
    async snapshotOrg({ orgId }) {
      const org = orgOf(orgId);
      const self = org.path.at(-1)!;
      return {
        ...self,
        path: org.path,
        idPath: `/${org.path.map((o) => o.id).join('/')}/`,
        dissolved: false,
        approvingCommittee: org.approvingCommittee ?? null,
      };
    },
    async orgSubtree({ orgId }) {
      const rootDepth = orgOf(orgId).path.length;
      return Object.entries(directory.orgs)
        .filter(([, org]) => org.path.some((o) => o.id === orgId))
        .map(([id, org]) => ({
          id,
          name: org.path.at(-1)!.name,
          kind: org.path.at(-1)!.kind,
          idPath: `/${org.path.map((o) => o.id).join('/')}/`,
          depth: org.path.length - rootDepth,
        }))
        .sort((a, b) => a.idPath.localeCompare(b.idPath));
    },
    async snapshotPerson() {
      throw new Error('not used by the approval workflow');
    },
    async countExpectedVoters() {
      throw new Error('not used by the approval workflow');
    },
    async recordDevelopment() {
      throw new Error('not used by the approval workflow');
    },
    async holidayCalendar() {
      return [...shippedChinaHolidayData];
    },
  };
}

/** What the workflow wrote, as the approvals service would have stored it. */
export class LedgerStore {
  readonly batches: PersistBatch[] = [];
  /** The requests that closed themselves when their parent ended, and the parent each named. */
  readonly closedWithParent: { requestId: string; parentWorkflowId: string | null }[] = [];

  activities(): ApprovalLocalActivities {
    return {
      holidayCalendar: async () => [...shippedChinaHolidayData],
      persistApproval: async (batch) => {
        // A retried local activity brings the same version again: store it once.
        if (
          !this.batches.some(
            (b) => b.state.input.requestId === batch.state.input.requestId && b.version === batch.version,
          )
        ) {
          this.batches.push(structuredClone(batch));
        }
      },
      closeWithParent: async (closing) => {
        this.closedWithParent.push(closing);
      },
    };
  }

  ledger(requestId: string) {
    return this.batches.filter((b) => b.state.input.requestId === requestId).flatMap((b) => b.events);
  }

  actions(requestId: string): string[] {
    return this.ledger(requestId).map((e) => (e.actor ? `${e.action}:${e.actor.name}` : e.action));
  }
}

let bundle: Promise<{ code: string }> | undefined;

/**
 * The approval workflows on Temporal's time-skipping server, with the identity service replaced
 * by a fixed directory and the service's local activities by an in-memory store.
 */
export async function startApprovalEnvironment(directory: Directory) {
  bundle ??= bundleWorkflows(join(__dirname, '../workflows.ts'));
  const env: TestWorkflowEnvironment = await startTimeSkippingServer();
  const store = new LedgerStore();
  const workers = await Promise.all([
    Worker.create({
      connection: env.nativeConnection,
      taskQueue: APPROVALS_TASK_QUEUE,
      workflowBundle: await bundle,
      activities: store.activities(),
    }),
    Worker.create({
      connection: env.nativeConnection,
      taskQueue: IDENTITY_TASK_QUEUE,
      activities: directoryActivities(directory),
    }),
  ]);
  const running = workers.map((w) => w.run());
  /** Until the request's ledger holds an entry of `action`: the workflow stores its writes a moment later. */
  const ledgerReaches = (requestId: string, action: string) =>
    waitFor(() => store.ledger(requestId).some((e) => e.action === action), `${action} on ${requestId}`);
  /** Starts an approval as a test's own (not a procedure's child). */
  const start = (input: ApprovalInput) =>
    env.client.workflow.start<typeof approval>('approval', {
      taskQueue: APPROVALS_TASK_QUEUE,
      workflowId: approvalWorkflowId(`test/${input.requestId}`, 'approval'),
      args: [input],
    });
  return {
    env,
    client: env.client,
    store,
    start,
    ledgerReaches,
    /** Starts an approval and returns once its first stage is open. */
    async submit(input: ApprovalInput) {
      const handle = await start(input);
      await ledgerReaches(input.requestId, 'stage_opened');
      return handle;
    },
    async stop() {
      workers.forEach((w) => w.shutdown());
      await Promise.all(running);
      await env.teardown();
    },
  };
}
