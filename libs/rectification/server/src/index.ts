// The rectification service (`/api/rectification`): batches and their reports (`batches`), items
// and their lists (`items`), the board (挂图作战), the ledger export and the import, source
// settings, evidence files, and the activities that keep the read model. Its rules are in
// `@bastion/rectification-rules`.
export * from './lib/rectification-env';
export * from './lib/rectification.module';
export * from './lib/rectification-service';
export * from './lib/persistence/rectification-schema';
