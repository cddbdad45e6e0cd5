import type { PersonRef } from '@bastion/approvals-contracts';
import type { ApprovalState, Notice, NumberedEvent } from '@bastion/approvals-rules';
import { renderText, type TextRef, textRef } from '@bastion/messages';
import type { LedgerFields } from '../ledger/hash-chain';
import type { TaskEntity } from '../persistence/entities/task.entity';

const date = (iso: string | undefined) => (iso ? new Date(iso) : null);

/** A ledger row's fields from the workflow's event, in the form that is hashed and stored. */
export function ledgerFields(state: ApprovalState, event: NumberedEvent): Omit<LedgerFields, 'prevHash'> {
  const stage = event.stageIndex === null ? undefined : state.input.route.stages[event.stageIndex];
  return {
    requestId: state.input.requestId,
    seq: event.seq,
    at: new Date(event.at).toISOString(),
    stageIndex: event.stageIndex,
    stageName: stage?.name ?? null,
    actorPersonId: event.actor?.personId ?? null,
    actorName: event.actor?.name ?? null,
    onBehalfOfPersonId: event.onBehalfOf?.personId ?? null,
    onBehalfOfName: event.onBehalfOf?.name ?? null,
    action: event.action,
    automatic: event.automatic,
    opinion: event.opinion ?? null,
    attachments: (event.attachments ?? []).map(({ id, name, sha256 }) => ({ id, name, sha256 })),
    signatureSha256: event.signatureSha256 ?? null,
    // What jsonb will hand back: plain JSON, undefined members gone.
    detail:
      event.detail === undefined
        ? null
        : (JSON.parse(JSON.stringify(event.detail)) as Record<string, unknown>),
  };
}

type TaskRow = Omit<TaskEntity, 'request'>;

/** The due time that sorts a task without a time limit after every real one (JavaScript and PostgreSQL both read it). */
export const NO_DUE = new Date('9999-12-31T23:59:59.000Z');

/**
 * The task rows of a state: every task of every stage (earlier holders, holders, added signers),
 * and, while the request waits for its submitter, a `resubmit` task for them.
 */
export function taskRows(state: ApprovalState): TaskRow[] {
  const requestId = state.input.requestId;
  const rows: TaskRow[] = [];
  for (const run of state.stages) {
    const stageName = state.input.route.stages[run.index]!.name;
    for (const slot of run.slots) {
      for (const task of [...slot.history, ...slot.holders, ...(slot.group?.members ?? [])]) {
        const delegate = task.delegate && !task.delegate.back ? task.delegate.person : null;
        rows.push({
          id: `${requestId}:${task.id}`,
          requestId,
          taskId: task.id,
          kind: 'sign',
          stageIndex: run.index,
          stageName,
          assigneePersonId: task.assignee.personId,
          assigneeName: task.assignee.name,
          delegatePersonId: delegate?.personId ?? null,
          delegateName: delegate?.name ?? null,
          actorPersonId: (delegate ?? task.assignee).personId,
          status: task.status,
          openedAt: date(task.openedAt),
          dueAt: date(task.dueAt),
          dueSort: date(task.dueAt) ?? NO_DUE,
          remindAt: date(task.remindAt),
          decidedAt: date(task.decidedAt),
        });
      }
    }
  }
  if (state.status === 'returned') {
    const submitter = state.input.subject.submitter;
    rows.push({
      id: `${requestId}:resubmit`,
      requestId,
      taskId: 'resubmit',
      kind: 'resubmit',
      stageIndex: state.current,
      stageName: state.input.route.stages[state.current]!.name,
      assigneePersonId: submitter.personId,
      assigneeName: submitter.name,
      delegatePersonId: null,
      delegateName: null,
      actorPersonId: submitter.personId,
      status: 'open',
      // The return (or rejection back to the submitter) is the latest decision on the trail.
      openedAt: date(state.trail[state.trail.length - 1]?.at),
      dueAt: null,
      dueSort: NO_DUE,
      remindAt: null,
      decidedAt: null,
    });
  }
  return rows;
}

/** The earliest due time among the open tasks of the current stage. */
export function earliestDue(state: ApprovalState): Date | null {
  if (state.status !== 'running') return null;
  const due = (state.stages[state.current]?.slots ?? [])
    .flatMap((slot) => [...slot.holders, ...(slot.group?.members ?? [])])
    .filter((t) => t.status === 'open' && t.dueAt)
    .map((t) => t.dueAt!)
    .sort()[0];
  return date(due);
}

export interface ParticipantRow {
  personId: string;
  name: string;
  lastAction: string | null;
  lastActionAt: string | null;
  ccAt: string | null;
}

/**
 * Everyone with a part in the request, with their name, their latest own action in this batch
 * (the submission does not count: that is the 我发起的 tab) and when they were copied in.
 */
export function participantRows(state: ApprovalState, events: NumberedEvent[], at: string): ParticipantRow[] {
  const names = new Map<string, string>();
  const learn = (p: PersonRef | undefined | null) => {
    if (p && !names.has(p.personId)) names.set(p.personId, p.name);
  };
  learn(state.input.subject.submitter);
  for (const run of state.stages) {
    for (const slot of run.slots) {
      for (const task of [...slot.history, ...slot.holders, ...(slot.group?.members ?? [])]) {
        learn(task.assignee);
        learn(task.delegate?.person);
      }
      learn(slot.group?.addedBy);
    }
  }
  state.cc.forEach(learn);
  events.forEach((e) => learn(e.actor));

  const acted = new Map<string, { action: string; at: string }>();
  for (const e of events) {
    if (e.automatic || !e.actor || e.action === 'submitted') continue;
    acted.set(e.actor.personId, { action: e.action, at: new Date(e.at).toISOString() });
  }
  const copied = new Set(state.cc.map((p) => p.personId));
  return state.participants.map((personId) => ({
    personId,
    name: names.get(personId) ?? '—',
    lastAction: acted.get(personId)?.action ?? null,
    lastActionAt: acted.get(personId)?.at ?? null,
    ccAt: copied.has(personId) ? at : null,
  }));
}

/** A notification's title and text as catalogue keys, and in Chinese as the row has always kept them. */
export interface NotificationText {
  title: string;
  text: string;
  texts: { title: TextRef; text: TextRef };
}

const outcomes = ['approved', 'rejected', 'expired', 'no_assignee', 'withdrawn'] as const;

/**
 * The bell's wording for a notice of the engine about a request: by key, so each reader sees it in
 * their language, and rendered in Chinese for the columns every row has.
 */
export function notificationText(notice: Notice, request: { title: string; number: string }): NotificationText {
  const about = { title: request.title, number: request.number };
  const [title, text] = notificationKeys(notice);
  const texts = { title: textRef(title), text: textRef(text.key, { ...about, ...text.params }) };
  return { title: renderText(texts.title, 'zh-CN'), text: renderText(texts.text, 'zh-CN'), texts };
}

type Key = Parameters<typeof textRef>[0];

function notificationKeys(notice: Notice): [Key, { key: Key; params?: Record<string, string> }] {
  switch (notice.kind) {
    case 'task':
      if (notice.text === 'delegated') return ['approvals.notification.delegated.title', { key: 'approvals.notification.delegated.text' }];
      if (notice.text === 'delegation returned')
        return ['approvals.notification.delegation_returned.title', { key: 'approvals.notification.delegation_returned.text' }];
      return ['approvals.notification.task.title', { key: 'approvals.notification.task.text' }];
    case 'reminder':
      return notice.text === 'overdue'
        ? ['approvals.notification.overdue.title', { key: 'approvals.notification.overdue.text' }]
        : ['approvals.notification.reminder.title', { key: 'approvals.notification.reminder.text' }];
    case 'escalation':
      return ['approvals.notification.escalated.title', { key: 'approvals.notification.escalated.text' }];
    case 'outcome': {
      const known = outcomes.find((o) => o === notice.text);
      return [
        'approvals.notification.outcome.title',
        known
          ? { key: `approvals.notification.outcome.${known}` }
          : { key: 'approvals.notification.outcome.other', params: { outcome: notice.text } },
      ];
    }
    case 'urge':
      return [
        'approvals.notification.urge.title',
        notice.text && notice.text !== 'urge'
          ? { key: 'approvals.notification.urge.note', params: { note: notice.text } }
          : { key: 'approvals.notification.urge.text' },
      ];
    case 'cc':
      return ['approvals.notification.cc.title', { key: 'approvals.notification.cc.text' }];
    case 'returned':
      return ['approvals.notification.returned.title', { key: 'approvals.notification.returned.text' }];
  }
}
