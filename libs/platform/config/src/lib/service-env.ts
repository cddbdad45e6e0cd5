import { z } from 'zod';

// 0 asks the system for any free port (tests do).
const port = z.coerce.number().int().min(0).max(65535);

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
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(1000),
  /** Seconds a stopping worker waits for in-flight activities. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
});

export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
