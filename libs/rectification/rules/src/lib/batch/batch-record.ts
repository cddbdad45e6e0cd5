import type { Decision, Outcome, PersonRef } from '@bastion/approvals-contracts';
import {
  type BatchAction,
  type BatchEvent,
  type BatchInput,
  type BatchRecord,
  batchStatusLabels,
  type RectificationErrorCode,
} from '@bastion/rectification-contracts';
import { readText, renderText, type TextRef, textRef } from '@bastion/messages';
import { reportDeadline } from '../deadlines';
import { signingLeader } from '../item/sign-off-outcome';

export function initialBatchRecord(input: BatchInput, createdAt: string): BatchRecord {
  return {
    batchId: input.batchId,
    source: input.source,
    title: input.title,
    feedbackDate: input.feedbackDate,
    inspectedOrg: input.inspectedOrg,
    reportDeadline: reportDeadline(input.feedbackDate, input.config),
    status: 'open',
    report: null,
    signature: null,
    pendingRequestId: null,
    events: [{ seq: 1, kind: 'created', actor: input.createdBy, automatic: false, at: createdAt, note: '' }],
    createdBy: input.createdBy,
    version: 0,
  };
}

function event(
  batch: BatchRecord,
  kind: BatchEvent['kind'],
  actor: PersonRef | null,
  at: string,
  note = '',
): BatchEvent[] {
  return [
    ...batch.events,
    { seq: batch.events.length + 1, kind, actor, automatic: actor === null, at, note },
  ];
}

/** The events whose note the batch writes by itself, from the catalogue's `rectification.batch_note.<kind>`. */
const notedKinds = ['leader_changed', 'report_reminder', 'report_overdue'] as const;
type NotedKind = (typeof notedKinds)[number];

/** The note of an event the batch writes by itself: in Chinese, as recorded histories hold it. */
const noteOf = (kind: NotedKind, params: Record<string, string>): string =>
  renderText(textRef(`rectification.batch_note.${kind}`, params), 'zh-CN');

/**
 * The note of an event the batch wrote by itself, read back as a text of the catalogue, so it is
 * shown in the reader's language; null for a person's own note (a reason, a remark), shown as written.
 */
export function batchEventNote(event: Pick<BatchEvent, 'kind' | 'automatic' | 'note'>): TextRef | null {
  const kind = notedKinds.find((k) => k === event.kind);
  if (!kind || !event.automatic) return null;
  return readText(`rectification.batch_note.${kind}`, 'zh-CN', event.note) ?? null;
}

export interface BatchRefusal {
  code: RectificationErrorCode;
  message: string;
}

/** Why a batch action cannot be taken now; null when it can. */
export function batchRefusal(batch: BatchRecord, action: BatchAction): BatchRefusal | null {
  const wrong = (): BatchRefusal => ({
    code: 'WRONG_STATE',
    message: `整改批次当前状态为“${batchStatusLabels[batch.status].zh}”，不能执行此操作。`,
  });
  switch (action.type) {
    case 'submit_report':
      if (!action.officer && !action.supervisor)
        return { code: 'NOT_ALLOWED', message: '您无权报送该批次的整改报告。' };
      return batch.status === 'open' ? null : wrong();
    case 'order_redo':
      if (!action.supervisor) return { code: 'NOT_ALLOWED', message: '只有督导方可以责令重新整改。' };
      return batch.status === 'signing' || batch.status === 'signed' ? null : wrong();
    case 'close':
      if (!action.supervisor) return { code: 'NOT_ALLOWED', message: '只有督导方可以结束该批次。' };
      return batch.status === 'signed' ? null : wrong();
  }
}

const actorOf = (action: BatchAction): PersonRef => ({
  personId: action.actor.personId,
  name: action.actor.name,
});

/** A refused-free batch action applied; `sign` asks the workflow to send the report for signature. */
export function applyBatchAction(
  batch: BatchRecord,
  action: BatchAction,
  now: string,
  requestId: string,
): { batch: BatchRecord; sign: boolean } {
  switch (action.type) {
    case 'submit_report':
      return {
        batch: {
          ...batch,
          status: 'signing',
          report: {
            report: action.report,
            leaderReport: action.leaderReport,
            files: action.files,
            submittedBy: actorOf(action),
            submittedAt: now,
          },
          pendingRequestId: requestId,
          events: event(batch, 'report_submitted', actorOf(action), now),
        },
        sign: true,
      };
    case 'order_redo':
      return {
        batch: {
          ...batch,
          status: 'open',
          signature: null,
          events: event(batch, 'redo_ordered', actorOf(action), now, action.reason),
        },
        sign: false,
      };
    case 'close':
      return {
        batch: {
          ...batch,
          status: 'closed',
          events: event(batch, 'closed', actorOf(action), now, action.note),
        },
        sign: false,
      };
  }
}

/** The principal leader's signature request settled. */
export function applyReportSignature(
  batch: BatchRecord,
  settled: { requestId: string; outcome: Outcome; trail: Decision[] },
  now: string,
): BatchRecord {
  // A redo ordered meanwhile leaves this request's outcome without effect.
  if (batch.pendingRequestId !== settled.requestId) return batch;
  const leader = signingLeader(settled.trail);
  if (settled.outcome === 'approved' && leader) {
    return {
      ...batch,
      status: 'signed',
      pendingRequestId: null,
      signature: { leader, signedAt: now, requestId: settled.requestId },
      events: event(batch, 'report_signed', leader, now),
    };
  }
  return {
    ...batch,
    status: 'open',
    pendingRequestId: null,
    events: event(
      batch,
      'report_rejected',
      null,
      now,
      [...settled.trail].reverse().find((d) => d.opinion)?.opinion ?? '',
    ),
  };
}

/**
 * 主要负责人变更: the report stays signed only while its signer holds the office. Someone else in
 * it means the new leader re-signs responsibility.
 */
export function applyLeaderCheck(
  batch: BatchRecord,
  incumbents: PersonRef[],
  now: string,
  requestId: string,
): { batch: BatchRecord; sign: boolean } {
  const signer = batch.signature?.leader;
  if (batch.status !== 'signed' || !signer || incumbents.length === 0) return { batch, sign: false };
  if (incumbents.some((p) => p.personId === signer.personId)) return { batch, sign: false };
  const names = incumbents.map((p) => p.name).join('、');
  return {
    batch: {
      ...batch,
      status: 're_sign_required',
      pendingRequestId: requestId,
      events: event(batch, 'leader_changed', null, now, noteOf('leader_changed', { names })),
    },
    sign: true,
  };
}

/** Reminder before the report deadline and the overdue flag after it, each once. */
export function applyReportClock(
  batch: BatchRecord,
  today: string,
  reminderFrom: string,
  now: string,
): BatchRecord {
  if (batch.signature || batch.status === 'closed') return batch;
  const has = (kind: BatchEvent['kind']) => batch.events.some((e) => e.kind === kind);
  let next = batch;
  if (today >= reminderFrom && !has('report_reminder')) {
    next = {
      ...next,
      events: event(next, 'report_reminder', null, now, noteOf('report_reminder', { deadline: batch.reportDeadline })),
    };
  }
  if (today > batch.reportDeadline && !has('report_overdue')) {
    next = {
      ...next,
      events: event(next, 'report_overdue', null, now, noteOf('report_overdue', { deadline: batch.reportDeadline })),
    };
  }
  return next;
}
