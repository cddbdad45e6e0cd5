import {
  type ActAction,
  type ActionRequest,
  approvalInputSchema,
  type ApprovalInput,
  type PersonRef,
  type RouteInput,
  type StageInput,
} from '@bastion/approvals-contracts';

let counter = 0;

/** A person with a readable name and a stable, valid id. */
export function person(name: string): PersonRef {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) % 2 ** 48;
  return { personId: `00000000-0000-4000-8000-${hash.toString(16).padStart(12, '0')}`, name };
}

export const submitter = person('submitter');

export function stage(name: string, assignees: PersonRef[], over: Partial<StageInput> = {}): StageInput {
  return { name, assignees: { kind: 'people', people: assignees }, mode: { kind: 'all' }, ...over };
}

export function approvalInput(stages: StageInput[], settings: RouteInput['settings'] = {}): ApprovalInput {
  return approvalInputSchema.parse({
    requestId: '11111111-1111-4111-8111-111111111111',
    subject: {
      procedure: 'general',
      businessKey: 'general-request/1',
      title: '关于购置办公设备的请示',
      org: {
        id: '22222222-2222-4222-8222-222222222222',
        name: '甲林场党支部',
        idPath: '/22222222-2222-4222-8222-222222222222/',
      },
      submitter,
    },
    route: { stages, settings },
  });
}

/** An action by `who`, with a fresh idempotency key unless one is given. */
export function act(
  who: PersonRef,
  request: Omit<ActionRequest, 'idempotencyKey' | 'attachments'> & Partial<ActionRequest>,
): ActAction {
  counter += 1;
  return {
    idempotencyKey: `key-${String(counter).padStart(6, '0')}`,
    attachments: [],
    ...request,
    actor: { ...who, userId: `user-${who.name}` },
  } as ActAction;
}
