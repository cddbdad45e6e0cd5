import { type BesideApprovals, startBesideApprovals } from '@bastion/approvals-server/testing';
import type { DevelopmentEnv } from '../lib/development-env';
import { developmentService } from '../lib/development-service';

export type DevelopmentTestApp = BesideApprovals<DevelopmentEnv>;

/**
 * The development service booted the way `main.ts` boots it (real PostgreSQL, real Temporal, its
 * worker bundled as production bundles it), on a free port. Beside it runs the approvals service,
 * whose sign-offs the cases start, and the identity stand-in on the identity task queue, which
 * answers lookups from the test directory and keeps what the cases record of people.
 */
export function startDevelopmentTestApp(label: string): Promise<DevelopmentTestApp> {
  return startBesideApprovals(label, developmentService);
}
