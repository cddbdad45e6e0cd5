export * from './lib/actions';
export * from './lib/approval-workflow';
export * from './lib/people';
export * from './lib/route';
export * from './lib/subject';
export * from './lib/views';
