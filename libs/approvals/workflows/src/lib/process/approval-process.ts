import type { ActAction, ActResult } from '@bastion/approvals-contracts';
import { createHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';
import {
  applyAction,
  type ApprovalState,
  autoDecide,
  emptyStep,
  endForNobody,
  escalate,
  expire,
  merge,
  needsOpening,
  nextWake,
  type NumberedEvent,
  openStage,
  type Refusal,
  refusal,
  remindAfterExpiry,
  remindAndCollectExpired,
  type Revisions,
  stageDef,
  type Step,
  taskDeadlines,
} from '@bastion/approvals-rules';
import type { ProcessPorts } from './ports';

/** The ledger actions that make up a request's decision trail. */
const DECISIONS = new Set([
  'approve',
  'reject',
  'return',
  'resubmit',
  'withdraw',
  'recall',
  'auto_pass',
  'auto_approve',
  'auto_reject',
  'escalated',
  'expired',
  'no_assignee',
]);

/** The `patched()` ids of engine changes made while requests were running. */
export const PATCHES = {
  /** A return closes tasks as closed by return and keeps each pass through a stage. */
  keepPasses: 'approval-return-keeps-passes',
  /** A stage that finds nobody ends the request as "no assignee" instead of expiring it. */
  noAssigneeOutcome: 'approval-no-assignee-outcome',
} as const;

/** Actions whose effect depends on whether passes are kept. */
const REVISED_BY_PASSES = new Set(['return', 'resubmit', 'recall']);

/** How many idempotency keys a request remembers; older repeats are too late to be double clicks. */
const REMEMBERED_KEYS = 200;

export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/**
 * One approval request, driven by actions and by time. The rules live in the pure engine; this
 * class sequences them with the lookups, deadlines and writes they need. Callers serialise calls
 * (the workflow holds a lock), so each call sees the state the previous one left.
 */
export class ApprovalProcess {
  constructor(
    readonly state: ApprovalState,
    private readonly ports: ProcessPorts,
    private version = 0,
  ) {}

  get persistedVersion(): number {
    return this.version;
  }

  /** Records the submission and opens the first stage. */
  async start(): Promise<void> {
    this.state.calendar = await this.ports.holidayCalendar();
    this.state.forecast = await this.ports.forecast(this.state);
    const step = emptyStep();
    step.events.push({
      stageIndex: null,
      actor: this.state.input.subject.submitter,
      action: 'submitted',
      automatic: false,
      detail: { title: this.state.input.subject.title, template: this.state.input.template },
    });
    await this.commit(merge(step, await this.openStages()));
  }

  refusal(action: ActAction): Refusal | null {
    if (this.state.seen[action.idempotencyKey] !== undefined) return null;
    return refusal(this.state, action, this.ports.now());
  }

  /** Takes an action; a repeated idempotency key answers with the first result and changes nothing. */
  async act(action: ActAction): Promise<ActResult> {
    const earlier = this.state.seen[action.idempotencyKey];
    if (earlier !== undefined) return { seq: earlier, status: this.state.status };
    const refused = refusal(this.state, action, this.ports.now());
    if (refused) throw new RefusedError(refused);
    const step = applyAction(this.state, action, this.ports.now(), this.revisionsFor(action));
    const seq = this.state.ledgerSeq + 1;
    // Remembered before the write, so the stored state already knows the key: the service can
    // answer a repeat from its read model, even after the request has continued as new.
    this.remember(action.idempotencyKey, seq);
    await this.commit(merge(step, await this.openStages()));
    return { seq, status: this.state.status };
  }

  /** Sends due reminders and deals with overdue tasks by the stage's expiry action. */
  async tick(): Promise<void> {
    const now = this.ports.now();
    const { step, expired } = remindAndCollectExpired(this.state, now);
    for (const overdue of expired) {
      if (this.state.status !== 'running') break;
      const action = stageDef(this.state, this.state.current).onExpiry;
      if (action.kind === 'auto_approve' || action.kind === 'auto_reject') {
        merge(
          step,
          autoDecide(this.state, overdue, action.kind === 'auto_approve' ? 'approved' : 'rejected', now),
        );
        continue;
      }
      if (action.kind === 'escalate') {
        const to = await this.ports.escalationTargets(this.state, overdue.task);
        if (to.length) {
          merge(step, escalate(this.state, overdue, to, now));
          continue;
        }
      }
      // Remind again, or escalation found nobody: remind once more; when reminders run out, expire.
      const reminded = remindAfterExpiry(this.state, overdue, now);
      merge(step, reminded === 'exhausted' ? expire(this.state, now) : reminded);
    }
    await this.commit(merge(step, await this.openStages()));
  }

  private revisionsFor(action: ActAction): Revisions {
    return { keepPasses: REVISED_BY_PASSES.has(action.type) && this.ports.patched(PATCHES.keepPasses) };
  }

  /** When the workflow must next wake for a reminder or a deadline. */
  nextWake(): string | null {
    return nextWake(this.state);
  }

  /** Opens stages until one waits for people (a stage whose signers were all skipped concludes at once). */
  private async openStages(): Promise<Step> {
    const step = emptyStep();
    while (needsOpening(this.state)) {
      const { assignees, cc, unauthorised } = await this.ports.resolveStage(this.state, this.state.current);
      if (assignees.length === 0) {
        if (unauthorised || this.ports.patched(PATCHES.noAssigneeOutcome)) {
          merge(step, endForNobody(this.state, this.ports.now(), unauthorised));
          break;
        }
        // Nobody can sign, not even a process administrator: the request stops here, on record,
        // rather than passing a stage nobody looked at.
        step.events.push({
          stageIndex: this.state.current,
          actor: null,
          action: 'no_assignee',
          automatic: true,
        });
        merge(step, expire(this.state, this.ports.now()));
        break;
      }
      merge(step, openStage(this.state, assignees, cc, this.ports.now()));
    }
    return step;
  }

  /** Gives newly opened tasks their deadlines, numbers the events, and writes everything in one batch. */
  private async commit(step: Step): Promise<void> {
    const stage = this.state.stages[this.state.current];
    if (stage && step.opened.length) {
      // Tasks opened together share their deadlines, on the calendar the request started with.
      const { dueAt, remindAt } = taskDeadlines(
        this.ports.now(),
        stageDef(this.state, stage.index),
        this.calendar(),
      );
      for (const task of step.opened) Object.assign(task, { dueAt, remindAt });
    }
    if (step.events.length === 0 && step.opened.length === 0 && step.notices.length === 0) return;
    const at = this.ports.now();
    const events: NumberedEvent[] = step.events.map((e) => ({ ...e, seq: ++this.state.ledgerSeq, at }));
    for (const e of events.filter((x) => DECISIONS.has(x.action))) {
      this.state.trail.push({
        stageIndex: e.stageIndex ?? this.state.current,
        stageName: stageDef(this.state, e.stageIndex ?? this.state.current).name,
        actor: e.actor,
        action: e.action,
        automatic: e.automatic,
        opinion: e.opinion ?? null,
        at,
      });
    }
    this.version += 1;
    await this.ports.persist({ events, notices: step.notices, state: this.state, version: this.version });
  }

  private calendarCache?: { years: YearData[]; calendar: HolidayCalendar };

  /** The request's own copy of the holiday calendar, built once per run. */
  private calendar(): HolidayCalendar {
    if (this.calendarCache?.years !== this.state.calendar) {
      this.calendarCache = {
        years: this.state.calendar,
        // A time limit running into a year without data counts weekdays rather than stopping the request.
        calendar: createHolidayCalendar(this.state.calendar, { uncoveredYears: 'weekdays' }),
      };
    }
    return this.calendarCache.calendar;
  }

  private remember(key: string, seq: number): void {
    this.state.seen[key] = seq;
    const keys = Object.keys(this.state.seen);
    if (keys.length > REMEMBERED_KEYS) delete this.state.seen[keys[0]!];
  }
}
