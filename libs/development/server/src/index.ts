// The development service (`/api/development`): cases and their steps (`cases`), paper records
// taken over, the pipeline and deadlines (`pipeline`), the dossier, rule versions (`rules`),
// evidence files, and the activities that keep the read model (`activities`). The rule book is
// `@bastion/development-rules`.
export * from './lib/development-env';
export * from './lib/development.module';
export * from './lib/development-service';
export * from './lib/persistence/development-schema';
