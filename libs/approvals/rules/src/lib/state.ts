import type { ApprovalInput, Decision, PersonRef, Stage } from '@bastion/approvals-contracts';
import type { YearData } from '@bastion/calendar';

export type TaskStatus =
  /** Not yet this signer's turn (sequential order, or added signers still to decide first). */
  | 'waiting'
  | 'open'
  | 'approved'
  | 'rejected'
  /** Handed to someone else (transfer, escalation); the new holder has a task of their own. */
  | 'transferred'
  /** Ended without a decision: the stage was returned, withdrawn, decided without it, or the signer removed. */
  | 'closed'
  /** Still undecided when someone in its stage sent the request back (退回): closed by that return. */
  | 'closed_by_return'
  /** Passed automatically (submitter or repeated signer skipped, time ran out with auto-approve). */
  | 'skipped';

export type CloseReason = 'returned' | 'withdrawn' | 'not_needed' | 'removed' | 'recalled' | 'expired';

export interface Task {
  id: string;
  assignee: PersonRef;
  status: TaskStatus;
  closeReason?: CloseReason;
  /** 委派: someone works on it and hands it back to the assignee to decide. */
  delegate?: { person: PersonRef; back: boolean; recommendation?: 'approve' | 'reject' };
  openedAt?: string;
  dueAt?: string;
  remindAt?: string;
  /** How many reminders went out after the due date. */
  expiryReminders: number;
  reminded: boolean;
  decidedAt?: string;
  automatic?: boolean;
}

/** Signers added to a slot (加签): before, after or alongside its holder, deciding by their own mode. */
export interface SignerGroup {
  id: string;
  addedBy: PersonRef;
  position: 'before' | 'after' | 'alongside';
  mode: 'all' | 'any' | 'sequential';
  members: Task[];
}

/**
 * One place in a stage that must decide. Its holders decide for it (normally one person; after
 * an escalation, any one of several); signers added to it must agree too.
 */
export interface Slot {
  id: string;
  holders: Task[];
  /** Earlier holders who transferred or were replaced, kept for the record. */
  history: Task[];
  group?: SignerGroup;
}

export type StageStatus = 'pending' | 'open' | 'approved' | 'rejected' | 'skipped';

/** Why a pass through a stage ended before the stage ran again. */
export type PassEnd = 'return' | 'resubmit' | 'recall';

/**
 * One earlier pass through a stage, kept when a return, a resubmission or a recall makes the
 * stage run again: its tasks with their decisions, so approvals given before stay on the record.
 */
export interface StagePass {
  /** The stage's round this pass was (1 for the first time the stage opened). */
  round: number;
  /** The stage's status when the pass ended. */
  status: StageStatus;
  slots: Slot[];
  endedBy: PassEnd;
  endedAt: string;
}

export interface StageRun {
  index: number;
  status: StageStatus;
  /** Times the stage has opened (a return reopens it). */
  round: number;
  slots: Slot[];
  /** Whether the stage concluded in the current pass of the route: only those are return targets. */
  passedThisPass: boolean;
  /** Earlier passes through the stage, oldest first (absent in requests started before passes were kept). */
  passes?: StagePass[];
}

export type RequestStatus =
  | 'running'
  /** Returned to the submitter, waiting for a resubmission. */
  | 'returned'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'expired'
  /** A stage's rule found nobody to sign, not even a process administrator. */
  | 'no_assignee';

export interface ApprovalState {
  input: ApprovalInput;
  status: RequestStatus;
  /** The stage that is open (or was, when returned to the submitter). */
  current: number;
  stages: StageRun[];
  /** Where a resubmission resumes. */
  resumeAt?: number;
  cc: PersonRef[];
  /** Everyone who has had a part: the submitter, every assignee and delegate, everyone copied. */
  participants: string[];
  /** Ledger rows written so far; the next row's sequence number. */
  ledgerSeq: number;
  /** Recent idempotency keys with the ledger row they produced. */
  seen: Record<string, number>;
  lastUrgeAt?: string;
  /** Counters for deterministic ids. */
  nextId: number;
  decidedAt?: string;
  /** Someone other than the system acted since submission (withdrawal is refused after that). */
  humanActed: boolean;
  /** The decisions so far, for the parent that started the request. */
  trail: Decision[];
  /** Who each stage's rule found when the request started: the forecast of the stages to come. */
  forecast: PersonRef[][];
  /** The holiday calendar as it was when the request started; every deadline is computed on it. */
  calendar: YearData[];
}

/**
 * Behaviour the engine gained while requests were running. The workflow asks `patched()` for
 * each before the rule applies, so a request replays the way it ran; everywhere else it is on.
 */
export interface Revisions {
  /** A return closes the open tasks as closed by return, and every pass through a stage is kept. */
  keepPasses: boolean;
}

export const CURRENT_REVISIONS: Revisions = { keepPasses: true };

export function stageDef(state: ApprovalState, index: number): Stage {
  const stage = state.input.route.stages[index];
  if (!stage) throw new Error(`no stage ${index}`);
  return stage;
}

export function newId(state: ApprovalState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}

export function initialState(input: ApprovalInput): ApprovalState {
  return {
    input,
    status: 'running',
    current: 0,
    stages: input.route.stages.map((_, index) => ({
      index,
      status: 'pending',
      round: 0,
      slots: [],
      passedThisPass: false,
    })),
    cc: [],
    participants: [input.subject.submitter.personId],
    ledgerSeq: 0,
    seen: {},
    nextId: 0,
    humanActed: false,
    trail: [],
    forecast: [],
    calendar: [],
  };
}

/** Every task of a stage, holders and added signers alike. */
export function tasksOf(stage: StageRun): Task[] {
  return stage.slots.flatMap((slot) => [...slot.holders, ...(slot.group?.members ?? [])]);
}

export function isDecided(task: Task): boolean {
  return task.status === 'approved' || task.status === 'rejected' || task.status === 'skipped';
}

export function addParticipant(state: ApprovalState, personId: string): void {
  if (!state.participants.includes(personId)) state.participants.push(personId);
}

/** A new task for a person, waiting for its turn. */
export function newTask(state: ApprovalState, assignee: PersonRef): Task {
  addParticipant(state, assignee.personId);
  return { id: newId(state, 't'), assignee, status: 'waiting', expiryReminders: 0, reminded: false };
}
