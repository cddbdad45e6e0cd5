// The approvals service (`/api/approvals`): requests and their actions (`requests`), the inbox,
// general requests (通用请示), route templates, attachments, notifications, the hash-chained ledger,
// and the activities that write the read model in the same transaction as the ledger
// (`activities`). The rules it applies are in `@bastion/approvals-rules`.
export * from './lib/approvals-env';
export * from './lib/approvals.module';
export * from './lib/approvals-service';
export * from './lib/persistence/approvals-schema';
export * from './lib/ledger/hash-chain';
export { verifyRequestLedger } from './lib/ledger/ledger-reader';
export { importRouteTemplates } from './lib/templates/template-import';
