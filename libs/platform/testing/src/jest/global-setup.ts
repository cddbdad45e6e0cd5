import { startEmbeddedPostgres } from '../lib/postgres';
import { startTemporalDevServer } from '../lib/temporal';
import { INFRA_ENV, type RunningInfra } from '../lib/test-infra';

/**
 * Integration tests run against one real PostgreSQL and one real Temporal dev server per Jest
 * run; each test file takes its own database on that server.
 */
export default async function globalSetup(): Promise<void> {
  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ fast: true }),
    startTemporalDevServer(),
  ]);
  process.env[INFRA_ENV.databaseAdminUrl] = postgres.urlFor('postgres');
  process.env[INFRA_ENV.temporalAddress] = temporal.address;
  (globalThis as { bastionInfra?: RunningInfra }).bastionInfra = { postgres, temporal };
}
