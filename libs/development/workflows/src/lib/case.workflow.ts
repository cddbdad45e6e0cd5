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
  ADOPT_RULES_UPDATE,
  type CaseAction,
  type CaseInput,
  type CaseRecord,
  type CaseResult,
  caseWorkflowId,
  DevelopmentErrorCode,
  type RuleSet,
  type SignOffKind,
  signOffLabels,
  STATE_QUERY,
} from '@bastion/development-contracts';
import {
  applyClocks,
  applySignOffOutcome,
  applyStep,
  identityUpdateFor,
  isFinished,
  nextWakeDate,
  openCaseRecord,
  type RuleContext,
  ruleSetOn,
  rulesAdopted,
  signOffStarted,
  type SignOffSettled,
  stepRefusal,
} from '@bastion/development-rules';
import {
  loadWorkingCalendar,
  Mutex,
  now,
  refusalFailure,
  setCheckedUpdate,
  shippedCalendar,
  SignOffs,
  today,
  wakeOnDay,
} from '@bastion/workflow-kit';
import { calendarSources, identity, local } from './workflow-context';

/** From this change on, the committee's approval sign-offs say what they decide: the engine checks who may. */
const DECIDING_SIGN_OFF_PATCH = 'sign-off-names-decision';
const DECIDES: Partial<Record<SignOffKind, 'admission' | 'conversion'>> = {
  approval: 'admission',
  conversion_approval: 'conversion',
};

export const caseActUpdate = defineUpdate<CaseRecord, [CaseAction]>(ACT_UPDATE);
export const adoptRulesUpdate = defineUpdate<CaseRecord, [RuleSet]>(ADOPT_RULES_UPDATE);
export const caseStateQuery = defineQuery<CaseRecord>(STATE_QUERY);

/** What a case carries into its next run. */
export interface CarriedCase {
  record: CaseRecord;
  ruleSets: RuleSet[];
  /** The record whose stage and membership the identity service last took. */
  identityWritten: CaseRecord | null;
}

/**
 * One person's development case (发展党员), from the application to full membership and the
 * archive, over two or three years. Steps arrive as the `act` update, whose validator applies the
 * rules before anything enters history; the committee's sign-offs run as approval child workflows;
 * the statutory clocks are durable timers on the working-day calendar; every change is written to
 * the read model before the update returns, and the person's stage to the identity service.
 */
export async function developmentCase(input: CaseInput, carried?: CarriedCase): Promise<CaseResult> {
  // Handlers are set before the first await: a step sent the moment the case starts waits on the
  // lock until the calendar is loaded and the case is on record, instead of being refused.
  let calendar: HolidayCalendar = shippedCalendar;
  let ruleSets = carried?.ruleSets ?? input.ruleSets;
  // Runs recorded before the committee's conversion decisions were timed when taken replay untimed.
  const untimedDecisions = !patched('decisions-timed-when-taken');
  // Runs recorded before a meeting's voters were checked against the identity service's roll replay unchecked.
  const votersFromRoll = patched('votes-from-the-roll');
  const ctx = (): RuleContext => ({
    today: today(),
    now: now(),
    calendar,
    ruleSets,
    untimedDecisions,
    votersFromRoll,
  });
  let record: CaseRecord = carried?.record ?? openCaseRecord(input, ctx()).record;
  let identityWritten: CaseRecord | null = carried?.identityWritten ?? null;
  const lock = new Mutex();
  const signOffs = new SignOffs<SignOffSettled>(input.continueAfterEvents);

  const persist = async (next: CaseRecord) => {
    record = { ...next, version: next.version + 1 };
    await local.persistCase(record);
  };

  const openSignOff = (
    from: CaseRecord,
    kind: SignOffKind,
    submitter: { personId: string; name: string },
  ) => {
    const requestId = uuid4();
    // Named by the entry that opens it, so a retried start reaches the same request.
    const workflowId = approvalWorkflowId(caseWorkflowId(from.caseId), `${kind}-${from.entries.length + 1}`);
    const next = signOffStarted(from, kind, { requestId, workflowId }, ctx());
    signOffs.start<Subject, Route>(
      SIGN_OFF_ENGINE,
      {
        requestId,
        workflowId,
        subject: {
          procedure: 'development',
          businessKey: from.caseId,
          title: `${signOffLabels[kind].zh}：${from.person.name}（${from.org.name}）`,
          org: from.org,
          submitter,
          ...(DECIDES[kind] && patched(DECIDING_SIGN_OFF_PATCH) ? { decides: DECIDES[kind] } : {}),
        },
        route: ruleSetOn(ruleSets, today()).settings.routes[kind],
      },
      { kind, requestId },
      // A request that could not run (its route found nobody, it was terminated) decides
      // nothing: the case stops waiting and the step may be sent again.
      'expired',
    );
    return next;
  };

  const refusalOf = (action: CaseAction) =>
    stepRefusal(record, action, { ...ctx(), migrated: false, action });

  setHandler(caseStateQuery, () => record);
  setCheckedUpdate(caseActUpdate, lock, refusalOf, async (action) => {
    const applied = applyStep(record, action, { ...ctx(), migrated: false });
    let next = applied.record;
    // A sign-off's submitter is a person; only a person's steps open one.
    if (applied.signOff && action.actor.personId)
      next = openSignOff(next, applied.signOff, { ...action.actor, personId: action.actor.personId });
    await persist(applyClocks(next, ctx()));
    return record;
  });
  setHandler(
    adoptRulesUpdate,
    (ruleSet) =>
      lock.run(async () => {
        if (ruleSets.some((r) => r.id === ruleSet.id)) return record;
        ruleSets = [...ruleSets, ruleSet].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
        await persist(applyClocks(rulesAdopted(record, ruleSet, ctx()), ctx()));
        return record;
      }),
    {
      validator: (ruleSet) => {
        if (isFinished(record))
          throw refusalFailure({
            code: DevelopmentErrorCode.WrongStep,
            message: '该案已结束，不再适用新的规则版本',
          });
        if (!ruleSet?.id || !ruleSet.effectiveFrom)
          throw refusalFailure({
            code: DevelopmentErrorCode.RuleBreach,
            message: '规则版本缺少编号或生效日期',
          });
      },
    },
  );

  await lock.run(async () => {
    calendar = await loadWorkingCalendar(calendarSources);
    if (carried) return;
    const opened = openCaseRecord(input, ctx());
    const next = opened.signOff ? openSignOff(opened.record, opened.signOff, input.openedBy) : opened.record;
    await persist(next);
  });

  // The identity service holds the person's stage and membership; it is told after the record is
  // written, outside the updates, so a slow identity service never holds up a step.
  const syncIdentity = async () => {
    const update = identityUpdateFor(identityWritten, record);
    const written = record;
    if (update) await identity.recordDevelopment(update);
    identityWritten = written;
  };

  while (!isFinished(record)) {
    // Taken before the identity call: a step that lands while it runs must still wake the loop.
    // Runs recorded before this fix took it after the call, and replay as they ran.
    const early = patched('seen-before-identity-write') ? record.version : null;
    await syncIdentity();
    await signOffs.continueIfDue<typeof developmentCase>(() => [
      input,
      { record, ruleSets, identityWritten },
    ]);
    const seen = early ?? record.version;
    const woken = () => record.version !== seen || signOffs.wake();
    await wakeOnDay(woken, nextWakeDate(record, ctx()));
    await lock.run(async () => {
      let next = record;
      for (const outcome of signOffs.settled.splice(0)) next = applySignOffOutcome(next, outcome, ctx());
      next = applyClocks(next, ctx());
      if (next !== record) await persist(next);
    });
  }
  await syncIdentity();
  await condition(allHandlersFinished);
  return {
    caseId: record.caseId,
    status: record.status,
    closedOn: record.dates.closed ?? record.dates.archived,
  };
}
