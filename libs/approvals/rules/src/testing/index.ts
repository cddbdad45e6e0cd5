// Request states built by hand for the specs of the engine and of the approvals service
// (the `@bastion/approvals-rules/testing` entry).
export * from './states';
