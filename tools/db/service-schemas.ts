import { approvalsSchema } from '@bastion/approvals-server';
import { developmentSchema } from '@bastion/development-server';
import { identitySchema } from '@bastion/identity-server';
import type { ServiceSchema } from '@bastion/platform-persistence';
import { rectificationSchema } from '@bastion/rectification-server';

/** Each service's schema with the folder its migrations live in. */
export const serviceSchemas: Record<
  string,
  { schema: ServiceSchema; migrationsDir: string; exportName: string }
> = {
  identity: {
    schema: identitySchema,
    migrationsDir: 'libs/identity/server/src/lib/persistence/migrations',
    exportName: 'identityMigrations',
  },
  approvals: {
    schema: approvalsSchema,
    migrationsDir: 'libs/approvals/server/src/lib/persistence/migrations',
    exportName: 'approvalsMigrations',
  },
  rectification: {
    schema: rectificationSchema,
    migrationsDir: 'libs/rectification/server/src/lib/persistence/migrations',
    exportName: 'rectificationMigrations',
  },
  development: {
    schema: developmentSchema,
    migrationsDir: 'libs/development/server/src/lib/persistence/migrations',
    exportName: 'developmentMigrations',
  },
};
