// What the development service shares with the console: the case record and its steps
// (`case-record`, `steps`, `case-actions`, `vote`), a committee's rule set (`rule-set`), the
// HTTP inputs (`api`) and views (`views`), the workflows' names and inputs (`workflows`),
// activities, refusal codes and permissions.
export * from './lib/activities';
export * from './lib/api';
export * from './lib/case-actions';
export * from './lib/case-record';
export * from './lib/errors';
export * from './lib/permissions';
export * from './lib/rule-set';
export * from './lib/steps';
export * from './lib/vote';
export * from './lib/views';
export * from './lib/workflows';
