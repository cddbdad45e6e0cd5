import { type BesideApprovals, startBesideApprovals } from '@bastion/approvals-server/testing';
import { testWorkflowBundle } from '@bastion/platform-service-testing';
import { developmentEnvSchema, type DevelopmentEnv } from '../lib/development-env';
import { DevelopmentModule } from '../lib/development.module';

export type DevelopmentTestApp = BesideApprovals<DevelopmentEnv>;

/**
 * The development service booted the way `main.ts` boots it (real PostgreSQL, real Temporal, its
 * worker bundled as production bundles it), on a free port. Beside it runs the approvals service,
 * whose sign-offs the cases start, and the identity stand-in on the identity task queue, which
 * answers lookups from the test directory and keeps what the cases record of people.
 */
export async function startDevelopmentTestApp(label: string): Promise<DevelopmentTestApp> {
  return startBesideApprovals(label, {
    service: 'development',
    envSchema: developmentEnvSchema,
    rootModule: (env) => DevelopmentModule.forRoot(env),
    folders: ['FILES_DIR'],
    env: { WORKFLOW_BUNDLE_PATH: await testWorkflowBundle('development') },
    uploadPath: '/files',
  });
}
