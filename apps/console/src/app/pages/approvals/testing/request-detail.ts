import type { ActionType, PersonRef, RequestDetail, StageView, TaskView } from '@bastion/approvals-contracts';

export const ME = '00000000-0000-4000-8000-00000000000a';
export const SUBMITTER = '00000000-0000-4000-8000-00000000000b';
export const REQUEST = '00000000-0000-4000-8000-0000000000aa';
/** What a stage asks of a decision. */
export interface Requires {
  opinion: boolean;
  attachments: boolean;
  signature: boolean;
}

export const NOTHING_REQUIRED: Requires = { opinion: false, attachments: false, signature: false };

export const person = (personId: string, name: string): PersonRef => ({ personId, name });

/** A task of the open stage, for the approvals pages' tests: mine and open unless told otherwise. */
export function task(overrides: Partial<TaskView> = {}): TaskView {
  return {
    id: 't1',
    assignee: person(ME, '王审批'),
    status: 'open',
    closeReason: null,
    delegate: null,
    openedAt: '2026-05-01T02:00:00.000Z',
    dueAt: null,
    decidedAt: null,
    light: 'green',
    automatic: false,
    addedTo: null,
    ...overrides,
  };
}

/** The open first stage of a request, signed by the people named, with the given tasks. */
export function stage(tasks: TaskView[], requires: Requires = NOTHING_REQUIRED): StageView {
  return {
    index: 0,
    name: '支部审核',
    status: 'open',
    round: 1,
    passes: [],
    definition: {
      name: '支部审核',
      assignees: { kind: 'people', people: [person(ME, '王审批')] },
      mode: { kind: 'all' },
      rejectPolicy: 'veto',
      timeLimit: null,
      remindBefore: 1,
      onExpiry: { kind: 'remind', times: 2 },
      requires,
      cc: [],
    },
    tasks,
    forecast: null,
  };
}

/** A running general request at its first stage, with my open task, offering me `myActions`. */
export function requestDetail(myActions: ActionType[], requires = NOTHING_REQUIRED): RequestDetail {
  return {
    id: REQUEST,
    number: 'SP2026-000001',
    title: '关于更换林场巡护车辆的请示',
    procedure: 'general',
    businessKey: 'general-request/x',
    org: { id: '00000000-0000-4000-8000-0000000000c1', name: '青山林场党支部' },
    submitter: person(SUBMITTER, '李提交'),
    status: 'running',
    createdAt: '2026-05-01T02:00:00.000Z',
    decidedAt: null,
    template: null,
    body: '正文',
    attachments: [],
    currentStage: 0,
    stages: [stage([task()], requires)],
    timeline: [],
    cc: [],
    myActions,
    requires,
  };
}
