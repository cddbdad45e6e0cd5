import { catalogueLabels } from '@bastion/messages';
import type { PersonRef } from '@bastion/shared-contracts';
import type { FileRef, ItemStatus, ItemText, Milestone, OrgRef } from './item';
import type { ItemActionType } from './item-actions';
import type { FindingSource } from './sources';

/** The rungs of the escalation ladder, in order. */
export const ladderRungs = ['notice', 'guidance', 'reminder', 'warning', 'accountability'] as const;
export type LadderRung = (typeof ladderRungs)[number];

export const ladderRungLabels = catalogueLabels('rectification.ladder', ladderRungs);

/** The sign-off steps an item runs on the approvals engine. */
export const signOffKinds = ['plan', 'acceptance', 'extension'] as const;
export type SignOffKind = (typeof signOffKinds)[number];

export const signOffLabels = catalogueLabels('rectification.sign_off', signOffKinds);

/** What moved an item: a person's action, a sign-off's outcome, or the ladder's clock. */
export type TransitionKind =
  | 'registered'
  | 'fixed_on_spot'
  | ItemActionType
  | 'plan_approved'
  | 'plan_rejected'
  | 'accepted'
  | 'acceptance_failed'
  | 'extension_approved'
  | 'extension_rejected'
  | 'reopened'
  | 'report_due'
  /** An administrator terminated the item's workflow; the note is the reason. */
  | 'terminated'
  | LadderRung;

/**
 * One entry of an item's record. Every transition records who (or that it was automatic), when,
 * the evidence, and the signing leader where a sign-off decided it.
 */
export interface Transition {
  /** 1, 2, 3 … per item; the read model keys on it, so writing twice is harmless. */
  seq: number;
  kind: TransitionKind;
  from: ItemStatus;
  to: ItemStatus;
  actor: PersonRef | null;
  automatic: boolean;
  /** UTC instant. */
  at: string;
  note: string;
  files: FileRef[];
  signingLeader: PersonRef | null;
  /** For sign-offs: the approval request. */
  requestId?: string;
  /** Deadlines set or moved by the transition. */
  deadline?: string;
}

export interface PendingSignOff {
  kind: SignOffKind;
  requestId: string;
  workflowId: string;
  /** For an extension: the date asked for, and why. */
  newDeadline?: string;
  reason?: string;
}

export interface LongTerm {
  milestones: (Milestone & { doneOn: string | null })[];
  reportEveryMonths: number;
  /** The next periodic progress report is due by this date. */
  nextReportDue: string;
}

/**
 * An item as its workflow holds it: the `state` query answers with it and the read model is kept
 * from it. Dates are Asia/Shanghai business dates (`YYYY-MM-DD`), instants UTC ISO strings.
 */
export interface ItemRecord {
  itemId: string;
  batchId: string;
  source: FindingSource;
  text: ItemText;
  org: OrgRef;
  owner: PersonRef | null;
  leader: PersonRef | null;
  status: ItemStatus;
  /** 1 for the first rectification; each failed acceptance or reopening adds one. */
  round: number;
  reopened: boolean;
  fixedOnSpot: boolean;
  namedSupervision: boolean;
  assignedOn: string | null;
  deadline: string | null;
  /** The deadline set at assignment, before any extension or second round. */
  originalDeadline: string | null;
  /** After a warning (告诫书): the final deadline. */
  finalDeadline: string | null;
  /** From this date the item shows amber (the reminder window). */
  amberFrom: string | null;
  /**
   * Its working-day dates (amber from, final deadline, second round) were counted through a year
   * without holiday data: weekdays stood in, and they may move once an administrator adds the year.
   */
  provisional?: true;
  progressPercent: number;
  evidenceCount: number;
  longTerm: LongTerm | null;
  pending: PendingSignOff | null;
  /** An extension runs beside the main line, so it has its own slot. */
  pendingExtension: PendingSignOff | null;
  /** Rungs fired against the current deadline. */
  ladder: { rung: LadderRung; on: string; deadline: string }[];
  handedOverTo: string | null;
  closedOn: string | null;
  lookBack: { due: string; result: 'holds' | 'relapsed' | null; on: string | null } | null;
  lastUrgedAt: string | null;
  /** 催办 is rate-limited: the next urge is taken from this instant on. */
  urgeNotBefore: string | null;
  /**
   * Items about the same problem from other sources (关联), by id: each is rectified and reported
   * on its own, and the link says so.
   */
  links: string[];
  urgeCount: number;
  registeredAt: string;
  transitions: Transition[];
  /** Grows with every change; the read model keeps the highest it has seen. */
  version: number;
}
