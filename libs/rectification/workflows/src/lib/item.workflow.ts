import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  patched,
  setHandler,
  uuid4,
} from '@temporalio/workflow';
import {
  type ApprovalResult,
  approvalWorkflowId,
  type Route,
  SIGN_OFF_ENGINE,
  type Subject,
} from '@bastion/approvals-contracts';
import {
  chinaHolidayCalendar,
  createHolidayCalendar,
  type HolidayCalendar,
  parseLocalDate,
  startOfShanghaiDay,
} from '@bastion/calendar';
import {
  ACT_UPDATE,
  type ItemAction,
  type ItemInput,
  type ItemRecord,
  type ItemResult,
  itemWorkflowId,
  type OrgRef,
  signOffLabels,
  type SignOffKind,
  STATE_QUERY,
} from '@bastion/rectification-contracts';
import {
  continueAsNewKeepingClock,
  historyTooLong,
  Mutex,
  now,
  refusalFailure,
  startSignOff,
  today,
  workflowClock,
} from '@bastion/workflow-kit';
import {
  actionRefusal,
  applyAction,
  applyClock,
  applySignOff,
  initialItemRecord,
  nextClockDate,
  paperItemRecord,
  type SignOffSettled,
  withProvisionalMark,
} from '@bastion/rectification-rules';
import { identity, local } from './workflow-context';

/** From this change on, a failed acceptance gives a share of the first round (see `secondRoundDeadline`). */
const SECOND_ROUND_SHARE_PATCH = 'second-round-share';
/** From this change on, an item may start from its paper record. */
const PAPER_RECORD_PATCH = 'paper-record';

/**
 * From this change on, an item takes the holiday calendar as the identity service's administrators
 * keep it, and counts weekdays in a year it has no data for (its dates shown as provisional).
 */
const ADMINISTERED_CALENDAR_PATCH = 'administered-calendar';
/** Until the item has its own copy: the shipped years, weekdays in the others. */
const shippedCalendar = chinaHolidayCalendar.withUncoveredYears('weekdays');

export const itemActUpdate = defineUpdate<ItemRecord, [ItemAction]>(ACT_UPDATE);
export const itemStateQuery = defineQuery<ItemRecord>(STATE_QUERY);

/** The item is done: handed over, or closed with a look-back that found it holding. */
function finished(item: ItemRecord): boolean {
  return item.status === 'handed_over' || (item.status === 'closed' && item.lookBack?.result === 'holds');
}

/**
 * One rectification item (整改事项) from registration to closing and look-back. People act
 * through the `act` update, whose validator applies the rules before anything enters history;
 * sign-offs run as approval child workflows; the escalation ladder runs on durable timers on
 * the working-day calendar. Every change is written to the read model before the update returns.
 */
export async function rectificationItem(input: ItemInput, carried?: ItemRecord): Promise<ItemResult> {
  // Handlers are set before the first await, so an action sent at once is not refused for want of
  // one; it waits on the lock until the calendar is loaded and the item is on record.
  let calendar: HolidayCalendar = shippedCalendar;
  const ctx = () => ({ now: now(), today: today(), config: input.config, calendar });
  // A record carried from a run before links existed has none.
  let item = carried ? { ...carried, links: carried.links ?? [] } : initialItemRecord(input, now(), calendar);
  const lock = new Mutex();
  const settled: SignOffSettled[] = [];
  let running = 0;

  const persist = async (next: ItemRecord) => {
    item = withProvisionalMark({ ...next, version: next.version + 1 }, calendar);
    await local.persistItem(item);
  };

  const signOff = (
    kind: SignOffKind,
    requestId: string,
    workflowId: string,
    submitter: ItemAction['actor'],
  ) => {
    running += 1;
    void startSignOff<ApprovalResult, Subject, Route>(SIGN_OFF_ENGINE, {
      requestId,
      workflowId,
      subject: {
        procedure: 'rectification',
        businessKey: item.itemId,
        title: `${signOffLabels[kind].zh}：${item.text.problem}`,
        org: item.org,
        submitter: { personId: submitter.personId, name: submitter.name },
      },
      route: input.config.routes[kind],
    })
      .then(
        (result) => settled.push({ kind, requestId, outcome: result.outcome, trail: result.trail }),
        // A request that could not run (its route found nobody, it was terminated): treat as refused.
        () => settled.push({ kind, requestId, outcome: 'rejected', trail: [] }),
      )
      .finally(() => (running -= 1));
  };

  setHandler(itemStateQuery, () => item);
  setHandler(
    itemActUpdate,
    (action) =>
      lock.run(async () => {
        // Checked again under the lock: another action may have got in since validation.
        const refusal = actionRefusal(item, action, today(), now());
        if (refusal) throw refusalFailure(refusal);
        const org: OrgRef | undefined =
          action.type === 'transfer' && action.orgId
            ? await identity.snapshotOrg({ orgId: action.orgId })
            : undefined;
        const requestId = uuid4();
        // Named by the step that opens it, so a retried start reaches the same request.
        const step = item.transitions.length + 1;
        const workflowIdOf = (kind: SignOffKind) =>
          approvalWorkflowId(itemWorkflowId(item.itemId), `${kind}-${step}`);
        const applied = applyAction(item, action, { ...ctx(), requestId, workflowId: workflowIdOf, org });
        await persist(applied.item);
        if (applied.signOff) signOff(applied.signOff, requestId, workflowIdOf(applied.signOff), action.actor);
        return item;
      }),
    {
      validator: (action) => {
        const refusal = actionRefusal(item, action, today(), now());
        if (refusal) throw refusalFailure(refusal);
      },
    },
  );

  await lock.run(async () => {
    calendar = patched(ADMINISTERED_CALENDAR_PATCH)
      ? createHolidayCalendar(await identity.holidayCalendar(), { uncoveredYears: 'weekdays' })
      : createHolidayCalendar(await local.holidayCalendar());
    if (carried) return;
    if (input.paper && patched(PAPER_RECORD_PATCH)) {
      // Taken over from paper: the record as its real dates made it, and the sign-offs it left
      // open run live from now on.
      const paper = paperItemRecord(input, {
        today: today(),
        calendar,
        requestId: uuid4,
        workflowId: (kind, step) => approvalWorkflowId(itemWorkflowId(item.itemId), `${kind}-${step}`),
      });
      await persist(paper.item);
      const taker = { ...input.registeredBy, userId: '' };
      for (const kind of paper.openSignOffs) {
        const open = kind === 'extension' ? item.pendingExtension! : item.pending!;
        signOff(kind, open.requestId, open.workflowId, taker);
      }
    } else await persist(initialItemRecord(input, item.registeredAt, calendar));
  });

  const tooLong = () => historyTooLong(input.continueAfterEvents);
  while (!finished(item)) {
    // Never while a sign-off runs: the child's result belongs to this run.
    if (tooLong() && running === 0) {
      await condition(allHandlersFinished);
      await continueAsNewKeepingClock<typeof rectificationItem>(input, item);
    }
    const seen = item.version;
    const wakeOn = nextClockDate(item, { today: today(), config: input.config, calendar });
    const woken = () => item.version !== seen || settled.length > 0 || (tooLong() && running === 0);
    if (wakeOn)
      await condition(woken, workflowClock.msUntil(startOfShanghaiDay(parseLocalDate(wakeOn)).getTime()));
    else await condition(woken);
    await lock.run(async () => {
      let next = item;
      for (const outcome of settled.splice(0)) {
        const failedAcceptance = outcome.kind === 'acceptance' && outcome.outcome !== 'approved';
        next = applySignOff(next, outcome, {
          ...ctx(),
          secondRoundByShare: failedAcceptance && patched(SECOND_ROUND_SHARE_PATCH),
        });
      }
      next = applyClock(next, ctx());
      if (next !== item) await persist(next);
    });
  }
  await condition(allHandlersFinished);
  return { itemId: item.itemId, status: item.status as ItemResult['status'], closedOn: item.closedOn };
}
