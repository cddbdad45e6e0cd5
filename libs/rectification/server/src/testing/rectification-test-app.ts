import { type BesideApprovals, startBesideApprovals } from '@bastion/approvals-server/testing';
import type { RectificationEnv } from '../lib/rectification-env';
import { rectificationService } from '../lib/rectification-service';

export type RectificationTestApp = BesideApprovals<RectificationEnv>;

/**
 * The rectification service as it runs in production (same bootstrap, real PostgreSQL, real
 * Temporal), listening on a free port, with the approvals service beside it so that plan,
 * acceptance, extension and report sign-offs run on the real engine, and a worker on the
 * identity task queue answering from the test directory.
 */
export function startRectificationTestApp(label: string): Promise<RectificationTestApp> {
  return startBesideApprovals(label, rectificationService);
}
