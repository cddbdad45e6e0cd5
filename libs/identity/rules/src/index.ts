// The identity service's rule book, as pure functions the service, the other domains and the
// console all apply: the organisation tree (which kind sits under which, subtrees, the approving
// committee, the size thresholds) in `org-rules`, who may decide an admission or a conversion in
// `approval-authority`, and when a session ends in `session-rules`. The password rules have an
// entry of their own, `@bastion/identity-rules/passwords` (`passwords.ts`), so that their
// dictionary stays out of the workflow bundles.
export * from './lib/org-rules';
export * from './lib/approval-authority';
export * from './lib/session-rules';
