import { z } from 'zod';
import { DATE_RANGE, DATE_RANGE_PROBLEM, isDateInRange } from '@bastion/shared-contracts';

/** A whole number the variable must hold, from `min` to `max`; `fallback` when it is unset. */
export function envInteger(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

// 0 asks the system for any free port (tests do).
const port = z.coerce.number().int().min(0).max(65535);

const acceptedDate = z.iso.date().refine(isDateInRange, DATE_RANGE_PROBLEM);

/** The variables every service reads; a service extends this with its own. */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port')
    .default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** Run the HTTP API, the Temporal worker, or both in this process. */
  ROLE: z.enum(['api', 'worker', 'all']).default('all'),
  /** A prebuilt workflow bundle; without it the worker bundles workflow source at start. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  /**
   * Which proxies' X-Forwarded-For to believe, so audit records show the client's address: an
   * Express trust-proxy value (e.g. \`loopback\`, \`uniquelocal\` behind a container network's nginx).
   */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  /**
   * Workflows a worker keeps in memory between tasks (the sticky cache). An evicted workflow is
   * replayed from its history on its next task, so this trades memory for CPU; thousands of
   * long-running items would otherwise fill the workflow thread's heap.
   */
  WORKER_MAX_CACHED_WORKFLOWS: envInteger(0, 100_000, 1000),
  /**
   * Runs the service as if today were this date (a dated test run, a demonstration): the one clock
   * moves by whole days and every workflow started takes the shift with it. Unset in production.
   */
  BASTION_TODAY: z.iso.date().optional(),
  /** Seconds a stopping worker waits for in-flight activities. */
  SHUTDOWN_GRACE_SECONDS: envInteger(0, 600, 30),
  /**
   * The identity service's base URL (e.g. `http://identity:3001`). A service that is not identity
   * asks it whether the session behind an access token is still live, so logout and revocation
   * end access at once. Unset (tests of a single service), the token alone is trusted.
   */
  SESSION_CHECK_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  /** Seconds a session check is remembered: how long a revoked token may still be accepted. */
  SESSION_CHECK_CACHE_SECONDS: envInteger(0, 10, 5),
  /**
   * Serve the OpenAPI document and its page at `/api/<service>/docs`. Unset: on in development
   * and test, off in production.
   */
  API_DOCS: z.enum(['on', 'off']).optional(),
  /**
   * The dates this installation accepts in any request (`YYYY-MM-DD`). The contracts refuse dates
   * outside DATE_RANGE everywhere (workflows and the console included); a service may narrow that
   * range for its requests, never widen it, so what a service accepts a workflow always accepts.
   * A range whose end is before its start stops the service at start.
   */
  DATE_MIN: acceptedDate.default(DATE_RANGE.min),
  DATE_MAX: acceptedDate.default(DATE_RANGE.max),
});

export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/** Whether the OpenAPI docs are served: as configured, else everywhere but production. */
export function apiDocsEnabled(env: Pick<ServiceEnv, 'API_DOCS' | 'NODE_ENV'>): boolean {
  return (env.API_DOCS ?? (env.NODE_ENV === 'production' ? 'off' : 'on')) === 'on';
}
