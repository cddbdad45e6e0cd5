import {
  type ActAction,
  type ActionType,
  actionTypeSchema,
  type Attachment,
  type LedgerEntry,
  type PersonRef,
  type RequestDetail,
  type StageView,
  type TaskView,
} from '@bastion/approvals-contracts';
import {
  type ApprovalState,
  countedOnWeekdays,
  forecastDueTimes,
  refusal,
  type StageRun,
  type Task,
  trafficLight,
} from '@bastion/approvals-rules';
import { terminationView } from '@bastion/platform-persistence';
import type { StageTiming } from '../calendar/working-calendar';
import type { LedgerRowEntity } from '../persistence/entities/ledger-row.entity';
import type { RequestEntity } from '../persistence/entities/request.entity';

/** Who is looking: their person (if the login has one), and whether they supervise the request's organisation. */
export interface Viewer {
  userId: string;
  personId: string | null;
  name: string;
  supervisor: boolean;
}

export interface DetailSources {
  request: RequestEntity;
  ledger: LedgerRowEntity[];
  body: string | null;
  attachments: Attachment[];
  viewer: Viewer;
  now: Date;
  deadlines: (openedAt: string, stage: StageTiming) => { dueAt?: string };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function ledgerEntry(row: LedgerRowEntity): LedgerEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    stageIndex: row.stageIndex,
    stageName: row.stageName,
    actor: row.actorPersonId ? { personId: row.actorPersonId, name: row.actorName ?? '' } : null,
    onBehalfOf: row.onBehalfOfPersonId
      ? { personId: row.onBehalfOfPersonId, name: row.onBehalfOfName ?? '' }
      : null,
    action: row.action,
    automatic: row.automatic,
    opinion: row.opinion,
    attachments: row.attachments,
    signatureSha256: row.signatureSha256,
    detail: row.detail,
  };
}

function taskView(task: Task, now: Date, addedTo: TaskView['addedTo'], calendarYears: number[]): TaskView {
  return {
    id: task.id,
    assignee: task.assignee,
    status: task.status,
    closeReason: task.closeReason ?? null,
    delegate: task.delegate
      ? {
          person: task.delegate.person,
          back: task.delegate.back,
          recommendation: task.delegate.recommendation ?? null,
        }
      : null,
    openedAt: task.openedAt ?? null,
    dueAt: task.dueAt ?? null,
    ...(countedOnWeekdays(task.openedAt, task.dueAt, calendarYears) ? { provisional: true as const } : {}),
    decidedAt: task.decidedAt ?? null,
    light: trafficLight(task, now),
    automatic: task.automatic ?? false,
    addedTo,
  };
}

/** The tasks of a stage's slots in reading order: per slot, earlier holders, holders, then signers added to them. */
function stageTasks(slots: StageRun['slots'], now: Date, calendarYears: number[]): TaskView[] {
  return slots.flatMap((slot) => {
    const group = slot.group;
    const anchor = group
      ? (slot.holders.find((h) => h.assignee.personId === group.addedBy.personId) ?? slot.holders[0])
      : undefined;
    const added: TaskView['addedTo'] =
      group && anchor ? { taskId: anchor.id, position: group.position, by: group.addedBy } : null;
    return [
      ...slot.history.map((t) => taskView(t, now, null, calendarYears)),
      ...slot.holders.map((t) => taskView(t, now, null, calendarYears)),
      ...(group?.members ?? []).map((t) => taskView(t, now, added, calendarYears)),
    ];
  });
}

export function stageViews(
  state: ApprovalState,
  now: Date,
  deadlines: DetailSources['deadlines'],
): StageView[] {
  const predicted = forecastDueTimes(state, now, deadlines);
  const live = state.status === 'running' || state.status === 'returned';
  const calendarYears = (state.calendar ?? []).map((y) => y.year);
  return state.stages.map((run) => ({
    index: run.index,
    name: state.input.route.stages[run.index]!.name,
    status: run.status,
    round: run.round,
    definition: state.input.route.stages[run.index]!,
    tasks: stageTasks(run.slots, now, calendarYears),
    passes: (run.passes ?? []).map((pass) => ({
      round: pass.round,
      status: pass.status,
      endedBy: pass.endedBy,
      endedAt: pass.endedAt,
      tasks: stageTasks(pass.slots, now, calendarYears),
    })),
    forecast:
      live && run.status === 'pending' && (run.index > state.current || state.status === 'returned')
        ? { assignees: state.forecast[run.index] ?? [], dueAt: predicted[run.index] ?? null }
        : null,
  }));
}

// Stand-ins for the arguments an action needs, so that only who may take it is in question.
const SOMEONE: PersonRef = { personId: '00000000-0000-4000-8000-000000000000', name: '—' };

function probe(type: Exclude<ActionType, 'remove_signer'>): Record<string, unknown> {
  switch (type) {
    case 'return':
      return { target: { kind: 'submitter' } };
    case 'transfer':
    case 'delegate':
      return { to: SOMEONE };
    case 'add_signer':
      return { signers: [SOMEONE], position: 'after', mode: 'all' };
    case 'cc':
      return { people: [SOMEONE] };
    case 'comment':
      return { opinion: '—' };
    default:
      return {};
  }
}

/**
 * The actions the viewer may take now, by the engine's own rule (`refusal`) run against the
 * stored state with the viewer as the actor. An action refused only for a missing opinion,
 * attachment or signature is offered: the action panel asks for them.
 */
export function availableActions(state: ApprovalState, viewer: Viewer, now: Date): ActionType[] {
  if (!viewer.personId) return [];
  const actor = { personId: viewer.personId, name: viewer.name, userId: viewer.userId };
  const allowed = (action: Record<string, unknown>) => {
    const refused = refusal(
      state,
      { idempotencyKey: 'available-actions', attachments: [], ...action, actor } as unknown as ActAction,
      now.toISOString(),
    );
    return refused === null || refused.code === 'REQUIRED';
  };
  return actionTypeSchema.options.filter((type) => {
    if (type === 'remove_signer') {
      const stage = state.stages[state.current];
      const removable = (stage?.slots ?? [])
        .filter((s) => s.group?.addedBy.personId === viewer.personId)
        .flatMap((s) => s.group!.members);
      return removable.some((m) => allowed({ type, taskId: m.id }));
    }
    const supervisor = (type === 'urge' || type === 'comment') && viewer.supervisor;
    return allowed({ type, ...probe(type), ...(supervisor ? { supervisor: true } : {}) });
  });
}

/** How a request names itself in every view of it: the inbox's rows and its own page. */
export function requestHeading(r: RequestEntity) {
  return {
    number: r.number,
    title: r.title,
    procedure: r.procedure,
    org: { id: r.orgId, name: r.orgName },
    submitter: { personId: r.submitterPersonId, name: r.submitterName },
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The detail page of a request, from its stored state and ledger. */
export function requestDetail(src: DetailSources): RequestDetail {
  const { request, now } = src;
  const state = request.state;
  const terminated = request.status === 'terminated';
  const live = !terminated && (state.status === 'running' || state.status === 'returned');
  const current = live ? state.input.route.stages[state.current] : undefined;
  return {
    id: request.id,
    ...requestHeading(request),
    businessKey: request.businessKey,
    decidedAt: iso(request.decidedAt),
    template:
      request.templateId && request.templateVersion !== null
        ? { id: request.templateId, version: request.templateVersion, name: request.templateName ?? '' }
        : null,
    body: src.body,
    attachments: src.attachments,
    currentStage: live ? state.current : null,
    stages: terminated
      ? closedByTermination(stageViews(state, now, src.deadlines))
      : stageViews(state, now, src.deadlines),
    timeline: src.ledger.map(ledgerEntry),
    cc: state.cc,
    myActions: terminated ? [] : availableActions(state, src.viewer, now),
    requires: current ? current.requires : null,
    termination: terminationView(request),
  };
}

/**
 * A terminated request's state is the workflow's last: tasks it left open or waiting show as
 * closed by the termination, as they are in every inbox.
 */
function closedByTermination(stages: StageView[]): StageView[] {
  return stages.map((stage) => ({
    ...stage,
    tasks: stage.tasks.map((task) =>
      task.status === 'open' || task.status === 'waiting'
        ? { ...task, status: 'closed', closeReason: 'terminated', light: 'none' }
        : task,
    ),
    forecast: null,
  }));
}
