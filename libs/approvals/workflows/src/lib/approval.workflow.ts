import {
  allHandlersFinished,
  CancellationScope,
  condition,
  defineQuery,
  defineUpdate,
  isCancellation,
  patched,
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
import { identityActivities } from '@bastion/identity-workflows';
import {
  type ApprovalLocalActivities,
  type ApprovalState,
  dedupe,
  initialState,
  type ReturnTargetOption,
  returnTargets,
} from '@bastion/approvals-rules';
import { peopleOf, roleAbove, unauthorisedDecider } from './assignees';
import { ApprovalProcess, RefusedError } from './process/approval-process';
import type { ProcessPorts } from './process/ports';
import {
  continueAsNewKeepingClock,
  historyTooLong,
  localActivities,
  Mutex,
  refusalFailure,
  workflowClock,
} from '@bastion/workflow-kit';

export const actUpdate = defineUpdate<ActResult, [ActAction]>(APPROVAL_ACT_UPDATE);
export const stateQuery = defineQuery<{ state: ApprovalState; returnTargets: ReturnTargetOption[] }>(
  APPROVAL_STATE_QUERY,
);

const identity = identityActivities('1 minute');

const local = localActivities<ApprovalLocalActivities>();

interface Carried {
  state: ApprovalState;
  version: number;
}

/** From this change on, a deciding stage is checked against the approval authority of its organisation. */
const AUTHORITY_PATCH = 'approval-authority-checked';

/**
 * From this change on, a request asked to cancel (the procedure that started it ended: an
 * administrator terminated it) closes itself in the read model and the ledger before it ends.
 */
const CLOSED_WITH_PARENT_PATCH = 'closed-with-parent';

const FINAL: readonly string[] = ['approved', 'rejected', 'withdrawn', 'expired', 'no_assignee'];

function ports(): ProcessPorts {
  return {
    now: () => workflowClock.now(),
    async resolveStage(state, index) {
      const stage = state.input.route.stages[index]!;
      const { subject, route } = state.input;
      // A stage deciding an admission or a conversion opens only at an organisation that may approve.
      if (subject.decides && patched(AUTHORITY_PATCH)) {
        const unauthorised = await unauthorisedDecider(identity, subject, stage.assignees);
        if (unauthorised) return { assignees: [], cc: [], unauthorised };
      }
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
    // From this change on, a request takes the calendar as the identity service's administrators keep it.
    holidayCalendar: () =>
      patched('administered-calendar') ? identity.holidayCalendar() : local.holidayCalendar(),
    persist: (batch) => local.persistApproval(batch),
    patched: (id) => patched(id),
  };
}

function refused(error: RefusedError) {
  return refusalFailure(error.refusal);
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
        if (refusal) throw refusalFailure(refusal);
      },
    },
  );

  try {
    return await run(input, !carried, process, lock);
  } catch (error) {
    if (isCancellation(error) && patched(CLOSED_WITH_PARENT_PATCH)) {
      // Cancelled by its parent's close policy: the request would otherwise stay open in every
      // inbox. It closes itself, whatever it was doing, then ends cancelled.
      const parent = workflowInfo().parent?.workflowId ?? null;
      await CancellationScope.nonCancellable(() =>
        local.closeWithParent({ requestId: input.requestId, parentWorkflowId: parent }),
      );
    }
    throw error;
  }
}

/** The request's life from its start: actions and timers until it is decided, in runs of bounded history. */
async function run(
  input: ApprovalInput,
  fresh: boolean,
  process: ApprovalProcess,
  lock: Mutex,
): Promise<ApprovalResult> {
  const { state } = process;
  if (fresh) await lock.run(() => process.start());
  const tooLong = () => historyTooLong(input.continueAfterEvents);
  while (!FINAL.includes(state.status)) {
    if (tooLong()) {
      await condition(allHandlersFinished);
      await continueAsNewKeepingClock<typeof approval>(input, { state, version: process.persistedVersion });
    }
    const seen = process.persistedVersion;
    const wake = process.nextWake();
    const woken = () => process.persistedVersion !== seen || FINAL.includes(state.status) || tooLong();
    if (!wake) {
      await condition(woken);
      continue;
    }
    // A timer for the next reminder or deadline; an action that arrives first wins the wait.
    const changed = await condition(woken, workflowClock.msUntil(Date.parse(wake)));
    if (!changed) await lock.run(() => process.tick());
  }
  await condition(allHandlersFinished);
  return {
    requestId: input.requestId,
    outcome: state.status as Outcome,
    decidedAt: state.decidedAt ?? workflowClock.now(),
    trail: state.trail,
  };
}
