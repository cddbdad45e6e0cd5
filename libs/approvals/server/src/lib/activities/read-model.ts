import type { PersonRef } from '@bastion/approvals-contracts';
import type { ApprovalState, Notice, NumberedEvent } from '@bastion/approvals-workflows';
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

export interface NotificationText {
  title: string;
  text: string;
}

/** The bell's wording for a notice of the engine about a request. */
export function notificationText(
  notice: Notice,
  request: { title: string; number: string },
): NotificationText {
  const about = `「${request.title}」（${request.number}）`;
  switch (notice.kind) {
    case 'task':
      if (notice.text === 'delegated') return { title: '委派待办', text: `${about}委派给您办理。` };
      if (notice.text === 'delegation returned') {
        return { title: '委派已办回', text: `${about}的被委派人已提出意见，请您决定。` };
      }
      return { title: '新的待办', text: `${about}等待您审批。` };
    case 'reminder':
      return notice.text === 'overdue'
        ? { title: '审批已超期', text: `${about}已超过办理期限，请尽快处理。` }
        : { title: '审批即将到期', text: `${about}即将到期，请及时处理。` };
    case 'escalation':
      return { title: '上级督办', text: `${about}超期未办，已转由上级办理。` };
    case 'outcome': {
      const outcome: Record<string, string> = {
        approved: '已审批通过',
        rejected: '未获通过',
        expired: '因超期未办而终止',
        no_assignee: '因找不到审批人而终止',
        withdrawn: '已撤回',
      };
      return { title: '审批结果', text: `${about}${outcome[notice.text] ?? `已结束（${notice.text}）`}。` };
    }
    case 'urge':
      return {
        title: '催办',
        text: notice.text && notice.text !== 'urge' ? `${about}：${notice.text}` : `${about}请尽快办理。`,
      };
    case 'cc':
      return { title: '抄送', text: `${about}抄送给您，请知悉。` };
    case 'returned':
      return { title: '请示被退回', text: `${about}已退回给您，请修改后重新提交。` };
  }
}
