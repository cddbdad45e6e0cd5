import {
  type ActAction,
  type ActionRequest,
  type ApprovalInput,
  type PersonRef,
  type RouteInput,
  type StageInput,
} from '@bastion/approvals-contracts';
import { approvalInputOf } from '@bastion/approvals-rules/testing';

export { stage } from '@bastion/approvals-rules/testing';

let counter = 0;

/** A person with a readable name and a stable, valid id. */
export function person(name: string): PersonRef {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) % 2 ** 48;
  return { personId: `00000000-0000-4000-8000-${hash.toString(16).padStart(12, '0')}`, name };
}

export const submitter = person('submitter');

/** A general request by `submitter` along the given stages. */
export function approvalInput(stages: StageInput[], settings: RouteInput['settings'] = {}): ApprovalInput {
  return approvalInputOf(stages, settings, submitter);
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
