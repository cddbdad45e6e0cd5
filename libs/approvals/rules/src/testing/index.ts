// Request states built by hand, and the decisions an assignee is offered, for the specs of the
// engine and of the approvals service (the `@bastion/approvals-rules/testing` entry).
export * from './offers';
export * from './states';
