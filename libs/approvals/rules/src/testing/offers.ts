/** The decisions an assignee is offered on their open task (the contracts' list, for the specs). */
export { taskDecisions } from '@bastion/approvals-contracts';
