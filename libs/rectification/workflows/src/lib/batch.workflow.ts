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
  approvalWorkflowId,
  type Decision,
  type Outcome,
  type PersonRef,
  type Route,
  SIGN_OFF_ENGINE,
  type Subject,
} from '@bastion/approvals-contracts';
import { addDays, addWorkingDays, parseLocalDate, startOfShanghaiDay } from '@bastion/calendar';
import {
  ACT_UPDATE,
  type BatchAction,
  type BatchInput,
  type BatchRecord,
  batchWorkflowId,
  STATE_QUERY,
} from '@bastion/rectification-contracts';
import {
  loadWorkingCalendar,
  Mutex,
  now,
  setCheckedUpdate,
  SignOffs,
  today,
  workflowClock,
} from '@bastion/workflow-kit';
import {
  applyBatchAction,
  applyLeaderCheck,
  applyReportClock,
  applyReportSignature,
  batchRefusal,
  initialBatchRecord,
  withReportProvisionalMark,
} from '@bastion/rectification-rules';
import { calendarSources, identity, local } from './workflow-context';

export const batchActUpdate = defineUpdate<BatchRecord, [BatchAction]>(ACT_UPDATE);
export const batchStateQuery = defineQuery<BatchRecord>(STATE_QUERY);

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * From this change on, a report deadline whose reminder is counted through a year without holiday
 * data is marked provisional on the batch's record.
 */
const REPORT_PROVISIONAL_PATCH = 'report-provisional';

/**
 * A finding batch (反馈 / 问题清单) and its report deadline: the rectification report and the
 * principal leader's own report are due within the source's months of feedback, with a reminder
 * before and a flag after. The report is signed by the principal leader (the secretary of the
 * inspected organisation) on the approvals engine; while signed, the workflow checks once a day
 * that the signer still holds the office — a new leader re-signs responsibility.
 */
export async function rectificationBatch(input: BatchInput, carried?: BatchRecord): Promise<BatchRecord> {
  let batch = carried ?? initialBatchRecord(input, now());
  const lock = new Mutex();
  const signOffs = new SignOffs<{ requestId: string; outcome: Outcome; trail: Decision[] }>(
    input.continueAfterEvents,
  );

  const persist = async (next: BatchRecord) => {
    batch = { ...next, version: next.version + 1 };
    await local.persistBatch(batch);
  };

  const sign = (requestId: string, submitter: PersonRef, step: string) => {
    signOffs.start<Subject, Route>(
      SIGN_OFF_ENGINE,
      {
        requestId,
        workflowId: approvalWorkflowId(batchWorkflowId(batch.batchId), step),
        subject: {
          procedure: 'rectification',
          businessKey: batch.batchId,
          title: `整改情况报告签批：${batch.title}`,
          org: batch.inspectedOrg,
          submitter,
        },
        route: input.config.routes.report,
      },
      { requestId },
      'rejected',
    );
  };

  setHandler(batchStateQuery, () => batch);
  setCheckedUpdate(
    batchActUpdate,
    lock,
    (action) => batchRefusal(batch, action),
    async (action) => {
      const requestId = uuid4();
      const applied = applyBatchAction(batch, action, now(), requestId);
      await persist(applied.batch);
      if (applied.sign)
        sign(
          requestId,
          { personId: action.actor.personId, name: action.actor.name },
          `report-${batch.events.length}`,
        );
      return batch;
    },
  );

  // After the handlers: an action sent at once finds them set, and waits on the lock.
  let reminderFrom = batch.reportDeadline;
  await lock.run(async () => {
    const calendar = await loadWorkingCalendar(calendarSources);
    reminderFrom = addWorkingDays(
      parseLocalDate(batch.reportDeadline),
      -input.config.ladder.remindWorkingDays,
      calendar,
    );
    const marked = patched(REPORT_PROVISIONAL_PATCH) ? withReportProvisionalMark(batch, calendar) : batch;
    if (!carried || marked !== batch) await persist(marked);
  });

  while (batch.status !== 'closed') {
    await signOffs.continueIfDue<typeof rectificationBatch>(() => [input, batch]);
    const seen = batch.version;
    const woken = () => batch.version !== seen || signOffs.wake();
    const day = today();
    const coming = [reminderFrom, addDays(parseLocalDate(batch.reportDeadline), 1)]
      .filter((d) => d > day)
      .sort();
    // While signed, look at the office once a day; before that, only the report's dates matter.
    const wakeAt =
      batch.status === 'signed'
        ? workflowClock.nowMs() + ONE_DAY_MS
        : coming[0]
          ? startOfShanghaiDay(parseLocalDate(coming[0])).getTime()
          : null;
    const timedOut = !(wakeAt === null
      ? await condition(woken)
      : await condition(woken, workflowClock.msUntil(wakeAt)));
    const incumbents =
      timedOut && batch.status === 'signed'
        ? (await identity.resolveRoleHolders({ role: 'secretary', orgId: batch.inspectedOrg.id })).map(
            (p) => ({
              personId: p.id,
              name: p.name,
            }),
          )
        : [];
    await lock.run(async () => {
      let next = batch;
      for (const outcome of signOffs.settled.splice(0)) next = applyReportSignature(next, outcome, now());
      next = applyReportClock(next, today(), reminderFrom, now());
      const requestId = uuid4();
      const checked = applyLeaderCheck(next, incumbents, now(), requestId);
      next = checked.batch;
      if (next !== batch) await persist(next);
      if (checked.sign)
        sign(requestId, batch.report?.submittedBy ?? input.createdBy, `report-${batch.events.length}`);
    });
  }
  await condition(allHandlersFinished);
  return batch;
}
