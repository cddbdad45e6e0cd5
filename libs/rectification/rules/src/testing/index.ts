// People, organisations and item records at known dates, for the specs of the rules and the
// workflows (the `@bastion/rectification-rules/testing` entry).
export * from './fixtures';
