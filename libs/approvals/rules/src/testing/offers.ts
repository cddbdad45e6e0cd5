import type { ActionType } from '@bastion/approvals-contracts';

/** The decisions an assignee is offered on their open task, in the order the action panel shows them. */
export const taskDecisions: readonly ActionType[] = [
  'approve',
  'reject',
  'return',
  'transfer',
  'delegate',
  'add_signer',
];
