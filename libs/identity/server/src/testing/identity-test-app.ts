import { randomBytes } from 'node:crypto';
import { type ServiceUnderTest, startServiceUnderTest } from '@bastion/platform-service-testing';
import type { IdentityEnv } from '../lib/identity-env';
import { identityService } from '../lib/identity-service';
import {
  type IdentityDataset,
  type ImportedIds,
  importIdentityDataset,
} from '../lib/dataset/identity-dataset';
import { IdNumberVault } from '../lib/people/id-number';

export interface IdentityTestApp extends ServiceUnderTest<IdentityEnv> {
  ids: ImportedIds;
}

/**
 * The identity service as it runs in production (same bootstrap, real PostgreSQL, real Temporal),
 * on a fresh database loaded with `dataset`, listening on a free port.
 */
export async function startIdentityTestApp(
  label: string,
  dataset: IdentityDataset,
  overrides: Record<string, string> = {},
): Promise<IdentityTestApp> {
  const service = await startServiceUnderTest({
    program: identityService,
    label,
    env: { ID_NUMBER_KEY: randomBytes(32).toString('base64'), ...overrides },
  });
  const ids = await importIdentityDataset(
    service.db,
    dataset,
    new IdNumberVault(Buffer.from(service.env.ID_NUMBER_KEY, 'base64')),
  );
  return { ...service, ids };
}
