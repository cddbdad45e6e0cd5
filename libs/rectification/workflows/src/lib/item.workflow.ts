import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  patched,
  setHandler,
  uuid4,
} from '@temporalio/workflow';
import { approvalWorkflowId, type Route, SIGN_OFF_ENGINE, type Subject } from '@bastion/approvals-contracts';
import type { HolidayCalendar } from '@bastion/calendar';
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
  loadWorkingCalendar,
  Mutex,
  now,
  setCheckedUpdate,
  shippedCalendar,
  SignOffs,
  today,
  wakeOnDay,
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
import { calendarSources, identity, local } from './workflow-context';

/** From this change on, a failed acceptance gives a share of the first round (see `secondRoundDeadline`). */
const SECOND_ROUND_SHARE_PATCH = 'second-round-share';
/** From this change on, an item may start from its paper record. */
const PAPER_RECORD_PATCH = 'paper-record';

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
  const signOffs = new SignOffs<SignOffSettled>(input.continueAfterEvents);

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
    signOffs.start<Subject, Route>(
      SIGN_OFF_ENGINE,
      {
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
      },
      { kind, requestId },
      // A request that could not run (its route found nobody, it was terminated): treat as refused.
      'rejected',
    );
  };

  setHandler(itemStateQuery, () => item);
  setCheckedUpdate(
    itemActUpdate,
    lock,
    (action) => actionRefusal(item, action, today(), now()),
    async (action) => {
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
    },
  );

  await lock.run(async () => {
    calendar = await loadWorkingCalendar(calendarSources);
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

  while (!finished(item)) {
    await signOffs.continueIfDue<typeof rectificationItem>(() => [input, item]);
    const seen = item.version;
    const woken = () => item.version !== seen || signOffs.wake();
    await wakeOnDay(woken, nextClockDate(item, { today: today(), config: input.config, calendar }));
    await lock.run(async () => {
      let next = item;
      for (const outcome of signOffs.settled.splice(0)) {
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
