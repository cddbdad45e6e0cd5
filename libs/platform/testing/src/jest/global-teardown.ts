import type { RunningInfra } from '../lib/test-infra';

export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as { bastionInfra?: RunningInfra }).bastionInfra;
  await Promise.all([infra?.temporal.teardown(), infra?.postgres.stop()]);
}
