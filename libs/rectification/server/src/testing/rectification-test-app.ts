import { type BesideApprovals, startBesideApprovals } from '@bastion/approvals-server/testing';
import { testWorkflowBundle } from '@bastion/platform-service-testing';
import { rectificationEnvSchema, type RectificationEnv } from '../lib/rectification-env';
import { RectificationModule } from '../lib/rectification.module';

export type RectificationTestApp = BesideApprovals<RectificationEnv>;

/**
 * The rectification service as it runs in production (same bootstrap, real PostgreSQL, real
 * Temporal), listening on a free port, with the approvals service beside it so that plan,
 * acceptance, extension and report sign-offs run on the real engine, and a worker on the
 * identity task queue answering from the test directory.
 */
export async function startRectificationTestApp(label: string): Promise<RectificationTestApp> {
  return startBesideApprovals(label, {
    service: 'rectification',
    envSchema: rectificationEnvSchema,
    rootModule: (env) => RectificationModule.forRoot(env),
    folders: ['FILES_DIR'],
    env: { WORKFLOW_BUNDLE_PATH: await testWorkflowBundle('rectification') },
    uploadPath: '/files',
  });
}
