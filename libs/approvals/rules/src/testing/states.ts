import {
  approvalInputSchema,
  type ApprovalInput,
  type PersonRef,
  type RouteInput,
  type StageInput,
} from '@bastion/approvals-contracts';
import { type ApprovalState, initialState, type Slot, type Task } from '../lib/state';

/** People for states built by hand, with valid ids. */
export const someone = (n: number, name: string): PersonRef => ({
  personId: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  name,
});

export const submitter = someone(1, '赵一');
export const secretary = someone(2, '王甲书');
export const lin = someone(3, '林组织');
export const he = someone(4, '何组织');

export function stage(name: string, people: PersonRef[], over: Partial<StageInput> = {}): StageInput {
  return { name, assignees: { kind: 'people', people }, mode: { kind: 'all' }, ...over };
}

/** A general request by `by` along the given stages, as the service starts the engine with it. */
export function approvalInputOf(
  stages: StageInput[],
  settings: RouteInput['settings'] = {},
  by: PersonRef = submitter,
): ApprovalInput {
  return approvalInputSchema.parse({
    requestId: '11111111-1111-4111-8111-111111111111',
    subject: {
      procedure: 'general',
      businessKey: 'general-request/11111111-1111-4111-8111-111111111111',
      title: '关于购置护林防火设备的请示',
      org: {
        id: '22222222-2222-4222-8222-222222222222',
        name: '甲林场党支部',
        idPath: '/22222222-2222-4222-8222-222222222222/',
      },
      submitter: by,
    },
    route: { stages, settings },
  });
}

/** A fresh request's state along the given stages, as the engine starts it. */
export function stateOf(stages: StageInput[], settings: RouteInput['settings'] = {}): ApprovalState {
  const state = initialState(approvalInputOf(stages, settings));
  state.forecast = stages.map((s) => (s.assignees.kind === 'people' ? s.assignees.people : []));
  return state;
}

let next = 0;

export function task(assignee: PersonRef, over: Partial<Task> = {}): Task {
  next += 1;
  return { id: `t${next}`, assignee, status: 'open', expiryReminders: 0, reminded: false, ...over };
}

export function slot(holder: Task, over: Partial<Slot> = {}): Slot {
  next += 1;
  return { id: `s${next}`, holders: [holder], history: [], ...over };
}

/** Marks stage `index` open with the given slots and makes it the current one. */
export function open(state: ApprovalState, index: number, slots: Slot[]): ApprovalState {
  for (const run of state.stages.slice(0, index)) {
    if (run.status === 'pending') Object.assign(run, { status: 'approved', round: 1, passedThisPass: true });
  }
  Object.assign(state.stages[index]!, { status: 'open', round: 1, slots });
  state.current = index;
  for (const s of slots) {
    for (const t of [...s.holders, ...(s.group?.members ?? [])]) {
      if (!state.participants.includes(t.assignee.personId)) state.participants.push(t.assignee.personId);
    }
  }
  return state;
}
