// The rectification rule book (问题整改闭环), as pure functions the workflows, the service and the
// console all apply: the deadlines of an item and a batch (`deadlines`), the supervision ladder
// that presses an overdue item (`ladder`), the traffic light (`traffic-light`), an item's life
// from registration to look-back (`item/`: its first record, actions and refusals, the clock,
// sign-off outcomes, a paper record taken over with its real dates), and a batch's (`batch/`).
export * from './lib/deadlines';
export * from './lib/ladder';
export * from './lib/traffic-light';
export * from './lib/item/transitions';
export * from './lib/item/initial-record';
export * from './lib/item/apply-action';
export * from './lib/item/refusals';
export * from './lib/item/clock';
export * from './lib/item/sign-off-outcome';
export * from './lib/item/paper-record';
export * from './lib/batch/batch-record';
export * from './lib/batch/report-provisional';
