// The sign-off engine's rule book (审批规则), as pure functions on a request's state: who signs
// and in what order (`state`, `open-stage`, `activation`, `tally`, `settle`), what an action does
// and when it is refused (`apply-action`, `refusal`, `already-decided`, `return-targets`,
// `passes`), what time does (`deadlines`, `expiry`, `no-assignee`), what a change writes
// (`events`, `persist-batch`, `local-activities`), and what the service shows of it
// (`traffic-light`, `forecast`, `provisional-deadline`). The approval workflow sequences these
// rules; the approvals service and the console apply the same ones.
export * from './lib/state';
export * from './lib/events';
export * from './lib/assignees';
export * from './lib/actor';
export * from './lib/activation';
export * from './lib/tally';
export * from './lib/settle';
export * from './lib/open-stage';
export * from './lib/passes';
export * from './lib/apply-action';
export * from './lib/already-decided';
export * from './lib/refusal';
export * from './lib/return-targets';
export * from './lib/deadlines';
export * from './lib/expiry';
export * from './lib/no-assignee';
export * from './lib/persist-batch';
export * from './lib/local-activities';
export * from './lib/traffic-light';
export * from './lib/forecast';
export * from './lib/provisional-deadline';
