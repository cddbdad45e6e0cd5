export * from './lib/approvals-env';
export * from './lib/approvals.module';
export * from './lib/persistence/approvals-schema';
export * from './lib/ledger/hash-chain';
export { verifyRequestLedger } from './lib/ledger/ledger-reader';
export { importRouteTemplates } from './lib/templates/template-import';
