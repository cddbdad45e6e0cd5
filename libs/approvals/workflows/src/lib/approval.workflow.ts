import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type ActAction,
  type ActResult,
  APPROVAL_ACT_UPDATE,
  APPROVAL_STATE_QUERY,
  type ApprovalInput,
  type ApprovalResult,
  type Outcome,
} from '@bastion/approvals-contracts';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';
import type { ApprovalLocalActivities } from './activities';
import { dedupe, peopleOf, roleAbove } from './assignees';
import { type ReturnTargetOption, returnTargets } from './engine/return-targets';
import { type ApprovalState, initialState } from './engine/state';
import { ApprovalProcess, RefusedError } from './process/approval-process';
import type { ProcessPorts } from './process/ports';
import { Mutex } from '@bastion/workflow-kit';

export const actUpdate = defineUpdate<ActResult, [ActAction]>(APPROVAL_ACT_UPDATE);
export const stateQuery = defineQuery<{ state: ApprovalState; returnTargets: ReturnTargetOption[] }>(
  APPROVAL_STATE_QUERY,
);

const identity = proxyActivities<IdentityActivities>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['NOT_FOUND'] },
});

const local = proxyLocalActivities<ApprovalLocalActivities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
});

interface Carried {
  state: ApprovalState;
  version: number;
}

const FINAL: readonly string[] = ['approved', 'rejected', 'withdrawn', 'expired'];

function ports(): ProcessPorts {
  return {
    now: () => new Date().toISOString(),
    async resolveStage(state, index) {
      const stage = state.input.route.stages[index]!;
      const { subject, route } = state.input;
      let assignees = await peopleOf(identity, subject, stage.assignees);
      if (assignees.length === 0 && route.settings.whenNobody === 'escalate') {
        assignees = await roleAbove(identity, subject, stage.assignees);
      }
      if (assignees.length === 0) assignees = dedupe(route.settings.processAdmins);
      const cc = dedupe(
        (await Promise.all(stage.cc.map((rule) => peopleOf(identity, subject, rule)))).flat(),
      );
      return { assignees, cc };
    },
    async forecast(state) {
      return Promise.all(
        state.input.route.stages.map((stage) => peopleOf(identity, state.input.subject, stage.assignees)),
      );
    },
    async escalationTargets(state) {
      const stage = state.input.route.stages[state.current]!;
      const above = await roleAbove(identity, state.input.subject, stage.assignees, 1);
      return above.length ? above : dedupe(state.input.route.settings.processAdmins);
    },
    holidayCalendar: () => local.holidayCalendar(),
    persist: (batch) => local.persistApproval(batch),
  };
}

function refused(error: RefusedError): ApplicationFailure {
  return ApplicationFailure.create({
    type: error.refusal.code,
    message: error.refusal.message,
    nonRetryable: true,
  });
}

/**
 * One approval request (审批): a route of stages, each with its signers, mode and time limit.
 * People act through the `act` update, whose validator refuses an ineligible actor before
 * anything enters history; time acts through durable timers.
 */
export async function approval(input: ApprovalInput, carried?: Carried): Promise<ApprovalResult> {
  const process = new ApprovalProcess(carried?.state ?? initialState(input), ports(), carried?.version ?? 0);
  const state = process.state;
  const lock = new Mutex();

  setHandler(stateQuery, () => ({ state, returnTargets: returnTargets(state) }));
  setHandler(
    actUpdate,
    (action) =>
      lock.run(async () => {
        try {
          return await process.act(action);
        } catch (error) {
          // Another action got in first (two approvals racing on an any-stage): refused, no trace.
          throw error instanceof RefusedError ? refused(error) : error;
        }
      }),
    {
      validator: (action) => {
        const refusal = process.refusal(action);
        if (refusal)
          throw ApplicationFailure.create({
            type: refusal.code,
            message: refusal.message,
            nonRetryable: true,
          });
      },
    },
  );

  if (!carried) await lock.run(() => process.start());

  const tooLong = () =>
    // Histories stay small: well before the server's limits the request carries on in a new run.
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > input.continueAfterEvents;
  while (!FINAL.includes(state.status)) {
    if (tooLong()) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof approval>(input, { state, version: process.persistedVersion });
    }
    const seen = process.persistedVersion;
    const wake = process.nextWake();
    const woken = () => process.persistedVersion !== seen || FINAL.includes(state.status) || tooLong();
    if (!wake) {
      await condition(woken);
      continue;
    }
    // A timer for the next reminder or deadline; an action that arrives first wins the wait.
    const changed = await condition(woken, Math.max(1, Date.parse(wake) - Date.now()));
    if (!changed) await lock.run(() => process.tick());
  }
  await condition(allHandlersFinished);
  return {
    requestId: input.requestId,
    outcome: state.status as Outcome,
    decidedAt: state.decidedAt ?? new Date().toISOString(),
    trail: state.trail,
  };
}
