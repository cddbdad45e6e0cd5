// The rectification workflows: an item's closing loop and a batch, sequencing the rules of
// `@bastion/rectification-rules` with sign-offs, timers and writes. Only the worker bundles this
// library (it names `src/workflows.ts` by path) and its own tests use it; servers and the console
// import the rules and the contracts instead.
export * from './workflows';
