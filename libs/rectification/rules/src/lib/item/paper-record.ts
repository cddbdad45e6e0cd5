import type { HolidayCalendar } from '@bastion/calendar';
import type { PersonRef } from '@bastion/approvals-contracts';
import {
  type ItemAction,
  type ItemInput,
  type ItemRecord,
  type PaperItemStep,
  type PaperProblem,
  RectificationErrorCode,
  type SignOffKind,
} from '@bastion/rectification-contracts';
import { amberFrom, secondRoundDeadline } from '../deadlines';
import { dueRungs } from '../ladder';
import { applyAction } from './apply-action';
import { applyClock } from './clock';
import { initialItemRecord } from './initial-record';
import { actionRefusal } from './refusals';
import { applySignOff } from './sign-off-outcome';

export interface PaperContext {
  /** The real today: no step may be dated after it, and the ladder runs up to it. */
  today: string;
  calendar: HolidayCalendar;
  /** An id for each approval request a paper step opens (the workflow's own, deterministic). */
  requestId: () => string;
  workflowId: (kind: SignOffKind, step: number) => string;
}

export interface PaperOutcome {
  item: ItemRecord;
  problems: PaperProblem[];
  /** Sign-offs the paper record left open, to run live on the approvals engine from now on. */
  openSignOffs: SignOffKind[];
}

/** Midday in Shanghai on a business date: the instant a paper step is recorded at. */
export function middayOf(date: string): string {
  return new Date(`${date}T12:00:00+08:00`).toISOString();
}

/** Every capacity: whoever takes a paper record over is a supervisor of the inspected organisation. */
const ALL_CAPACITIES = ['officer', 'owner', 'supervisor'] as const;

/** The decision kinds of a paper record, and the sign-off each closes. */
const decisionOf = {
  plan_decision: 'plan',
  extension_decision: 'extension',
  acceptance_decision: 'acceptance',
} as const;

/**
 * What time alone did to the item up to `until`: each rung of the ladder fires on its own date, so
 * a deadline missed on paper shows its warning, and later its accountability, as they fell due.
 */
export function clockUntil(item: ItemRecord, until: string, config: ItemInput['config'], calendar: HolidayCalendar): ItemRecord {
  let next = item;
  // Each pass fires at least one rung; a deadline has four.
  for (let pass = 0; pass < 8; pass += 1) {
    const due = dueRungs(next, config.ladder, until, calendar)
      .map((r) => r.on)
      .sort()[0];
    if (!due) return next;
    next = applyClock(next, { now: middayOf(due), today: due, config, calendar });
  }
  return next;
}

function withoutRequest(item: ItemRecord, requestId: string): ItemRecord {
  return {
    ...item,
    transitions: item.transitions.map((t) => {
      if (t.requestId !== requestId) return t;
      const { requestId: _dropped, ...rest } = t;
      return rest;
    }),
  };
}

function signedOn(item: ItemRecord, by: PersonRef | undefined): ItemRecord {
  if (!by) return item;
  const last = item.transitions.at(-1)!;
  return { ...item, transitions: [...item.transitions.slice(0, -1), { ...last, signingLeader: by }] };
}

/**
 * An item's record from its paper record (纸质台账): registered on its real date, then every step
 * taken since applied in order by the same rules as a live step on the date it was taken, the
 * ladder running between them on the working-day calendar and on up to today. Every step the
 * rules refuse is listed, by step and field; an item with problems is not started.
 */
export function paperItemRecord(input: ItemInput, ctx: PaperContext): PaperOutcome {
  const paper = input.paper!;
  const problems: PaperProblem[] = [];
  const problem = (index: number, type: PaperProblem['type'], field: string, code: string, text: string) =>
    problems.push({ index, type, field, code, problem: text });
  const { config, calendar } = { config: input.config, calendar: ctx.calendar };

  if (paper.registeredOn > ctx.today)
    problem(-1, 'record', 'registeredOn', 'BAD_DATE', `立项日期${paper.registeredOn}晚于今天`);
  if (input.deadline !== null && input.deadline < paper.registeredOn)
    problem(-1, 'record', 'deadline', 'BAD_DATE', `整改时限${input.deadline}早于立项日期`);

  let item: ItemRecord = initialItemRecord(input, middayOf(paper.registeredOn), calendar);
  item = {
    ...item,
    transitions: item.transitions.map((t) => ({ ...t, note: t.note || '据纸质台账录入' })),
  };
  let last = paper.registeredOn;
  const actor = { ...input.registeredBy, userId: '' };

  paper.steps.forEach((step, index) => {
    const field = (name: string) => `steps.${index}.${name}`;
    const before = problems.length;
    if (step.on > ctx.today) problem(index, step.type, field('on'), 'BAD_DATE', `日期${step.on}晚于今天`);
    if (step.on < last)
      problem(index, step.type, field('on'), 'BAD_DATE', `日期${step.on}早于前一步（${last}），各步须按时间先后排列`);
    if (problems.length > before) return;
    last = step.on;

    const at = middayOf(step.on);
    const clocked = clockUntil(item, step.on, config, calendar);
    const applied = applyPaperStep(clocked, step, {
      today: step.on,
      now: at,
      actor,
      calendar,
      config,
      requestId: ctx.requestId,
      workflowId: (kind) => ctx.workflowId(kind, clocked.transitions.length + 1),
    });
    if ('refusal' in applied) {
      problem(index, step.type, field(applied.refusal.field), applied.refusal.code, applied.refusal.message);
      return;
    }
    item = applied.item;
  });

  item = clockUntil(item, ctx.today, config, calendar);
  const openSignOffs: SignOffKind[] = [];
  if (item.pending) openSignOffs.push(item.pending.kind);
  if (item.pendingExtension) openSignOffs.push('extension');
  return { item, problems, openSignOffs };
}

interface StepContext {
  today: string;
  now: string;
  actor: ItemAction['actor'];
  config: ItemInput['config'];
  calendar: HolidayCalendar;
  requestId: () => string;
  workflowId: (kind: SignOffKind) => string;
}

type StepResult = { item: ItemRecord } | { refusal: { field: string; code: string; message: string } };

const refused = (field: string, code: string, message: string): StepResult => ({ refusal: { field, code, message } });

/** One paper step on the item as it stood that day: a live action, or a decision taken on paper. */
function applyPaperStep(item: ItemRecord, step: PaperItemStep, ctx: StepContext): StepResult {
  const { today, now, config, calendar } = ctx;
  switch (step.type) {
    case 'plan_decision':
    case 'extension_decision':
    case 'acceptance_decision': {
      const kind = decisionOf[step.type];
      const open = kind === 'extension' ? item.pendingExtension : item.pending?.kind === kind ? item.pending : null;
      if (!open) return refused('type', RectificationErrorCode.WrongState, `没有待决定的${kindName[kind]}`);
      const approved = step.type === 'acceptance_decision' ? step.passed : step.approved;
      let next = applySignOff(
        item,
        { kind, requestId: open.requestId, outcome: approved ? 'approved' : 'rejected', trail: [] },
        { now, today, config, calendar, secondRoundByShare: true },
      );
      // Decided on paper: no approval request was ever run, so no transition points at one.
      next = withoutRequest(next, open.requestId);
      next = signedOn(next, step.signedBy);
      if (step.note) next = noted(next, step.note);
      if (step.type !== 'acceptance_decision') return { item: next };
      if (step.passed && step.lookBackDue !== undefined) {
        if (step.lookBackDue <= step.on)
          return refused('lookBackDue', RectificationErrorCode.BadDate, `回头看日期${step.lookBackDue}须晚于销号日期${step.on}`);
        next = { ...next, lookBack: { due: step.lookBackDue, result: null, on: null } };
      }
      if (!step.passed && step.newDeadline !== undefined) {
        const allowed = secondRoundDeadline(today, item, config, calendar);
        if (step.newDeadline < step.on)
          return refused('newDeadline', RectificationErrorCode.BadDate, `二次整改时限${step.newDeadline}早于验收日期`);
        if (step.newDeadline > allowed)
          return refused(
            'newDeadline',
            RectificationErrorCode.BadDate,
            `二次整改时限${step.newDeadline}晚于规则允许的${allowed}（首轮工作日的${config.secondRoundSharePercent}%）`,
          );
        const t = next.transitions.at(-1)!;
        next = {
          ...next,
          deadline: step.newDeadline,
          amberFrom: amberFrom(step.newDeadline, config.ladder, calendar),
          transitions: [...next.transitions.slice(0, -1), { ...t, deadline: step.newDeadline }],
        };
      }
      return { item: next };
    }
    default: {
      const action = liveAction(step, ctx.actor);
      const refusal = actionRefusal(item, action, today, now);
      if (refusal) return refused(refusalField(step), refusal.code, refusal.message);
      const applied = applyAction(item, action, {
        now,
        today,
        config,
        calendar,
        requestId: ctx.requestId(),
        workflowId: ctx.workflowId,
      });
      // Evidence kept on paper counts as one piece.
      if (step.type === 'evidence' && step.files.length === 0)
        return { item: { ...applied.item, evidenceCount: applied.item.evidenceCount + 1 } };
      return { item: applied.item };
    }
  }
}

const kindName: Record<SignOffKind, string> = { plan: '整改方案审批', acceptance: '验收', extension: '延期申请' };

function noted(item: ItemRecord, note: string): ItemRecord {
  const t = item.transitions.at(-1)!;
  return { ...item, transitions: [...item.transitions.slice(0, -1), { ...t, note }] };
}

/** The field a refusal of a live step points at: its date field where the rule is about a date. */
function refusalField(step: PaperItemStep): string {
  switch (step.type) {
    case 'assign':
      return 'deadline';
    case 'request_extension':
      return 'newDeadline';
    case 'look_back':
      return 'on';
    default:
      return 'type';
  }
}

type LiveStep = Exclude<PaperItemStep, { type: keyof typeof decisionOf }>;

/** The live action a paper step stands for, as the person who took the record over. */
function liveAction(step: LiveStep, actor: ItemAction['actor']): ItemAction {
  const base = { idempotencyKey: 'paper-record', actor, capacities: [...ALL_CAPACITIES] };
  switch (step.type) {
    case 'assign':
      return { ...base, type: 'assign', owner: step.owner, leader: step.leader, deadline: step.deadline, note: step.note };
    case 'submit_plan':
      return { ...base, type: 'submit_plan', measures: step.measures, target: step.target, note: step.note, files: [] };
    case 'progress':
      return { ...base, type: 'progress', percent: step.percent, note: step.note, files: [] };
    case 'evidence':
      return { ...base, type: 'evidence', note: step.note, files: step.files };
    case 'request_extension':
      return { ...base, type: 'request_extension', newDeadline: step.newDeadline, reason: step.reason };
    case 'submit_acceptance':
      return { ...base, type: 'submit_acceptance', note: step.note, files: [] };
    case 'look_back':
      return {
        ...base,
        type: 'look_back',
        holds: step.holds,
        note: step.note,
        files: [],
        ...(step.newDeadline ? { newDeadline: step.newDeadline } : {}),
      };
  }
}
