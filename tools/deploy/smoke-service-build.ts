import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  type PostgresServer,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@bastion/platform-testing/servers';
import { freePort } from '@bastion/platform-testing';
import { type Child, startChild, waitForHttp } from '../dev/child-process';
import { serviceApps } from '../dev/services';

/**
 * Checks a service's production build the way a container runs it: plain `node` on the bundle,
 * configured only through the environment, against a real PostgreSQL and Temporal server.
 *
 *   node tools/ts-node.js tools/deploy/smoke-service-build.ts <service> [path/to/main.js]
 *
 * 1. Started with no configuration, the bundle must exit non-zero and name every missing variable.
 * 2. Configured, it must answer `/api/<service>/health` with 200 and, with API_DOCS=on, serve its
 *    OpenAPI document and Swagger UI.
 * 3. On SIGTERM it must run its shutdown hooks and stop by itself.
 */
async function main(): Promise<void> {
  const [service, bundleArg] = process.argv.slice(2);
  if (!service || !serviceApps.some((app) => app.name === service)) {
    fail(`usage: smoke-service-build.ts <${serviceApps.map((a) => a.name).join('|')}> [main.js]`);
  }
  const bundle = resolve(bundleArg ?? `dist/apps/${service}/main.js`);
  if (!existsSync(bundle)) fail(`${bundle} does not exist: run \`npx nx run ${service}:build\` first.`);

  checkRefusesBadEnvironment(bundle);

  let postgres: PostgresServer | undefined;
  let temporal: TestWorkflowEnvironment | undefined;
  let child: Child | undefined;
  try {
    console.log('Starting PostgreSQL and the Temporal dev server…');
    postgres = await startEmbeddedPostgres({ fast: true });
    temporal = await startTemporalDevServer();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api/${service}`;
    // A service with workflows loads the prebuilt bundle beside main.js, as in its image.
    const workflows = join(dirname(bundle), 'workflow-bundle.js');
    child = startChild(service, process.execPath, ['--enable-source-maps', bundle], {
      PATH: process.env['PATH'],
      NODE_ENV: 'production',
      // Production serves no API docs unless asked; the smoke test asks, to see that they build.
      API_DOCS: 'on',
      ...(existsSync(workflows) ? { WORKFLOW_BUNDLE_PATH: workflows } : {}),
      PORT: String(port),
      DATABASE_URL: await postgres.createDatabase('bastion'),
      TEMPORAL_ADDRESS: temporal.address,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      ID_NUMBER_KEY: randomBytes(32).toString('base64'),
    });
    await waitForHttp(`${base}/health`, child, 120_000);
    const health = await fetch(`${base}/health`);
    console.log(`GET ${base}/health → ${health.status} ${await health.text()}`);
    if (health.status !== 200) fail('health is not 200');

    const docs = await fetch(`${base}/docs-json`);
    const document = (await docs.json()) as { openapi?: string; paths?: Record<string, unknown> };
    const paths = Object.keys(document.paths ?? {});
    console.log(`GET ${base}/docs-json → ${docs.status}, OpenAPI ${document.openapi}, ${paths.length} paths`);
    if (docs.status !== 200 || !document.openapi || paths.length === 0) fail('no OpenAPI document');
    const ui = await fetch(`${base}/docs`);
    console.log(`GET ${base}/docs → ${ui.status} ${ui.headers.get('content-type')}`);
    if (ui.status !== 200) fail('no Swagger UI');
    if (service === 'identity') await checkLoginRefused(base);

    // Nest runs its shutdown hooks, then re-raises the signal: "killed by SIGTERM" is a clean stop.
    const stopped = child;
    child = undefined;
    const exit = new Promise<string>((r) =>
      stopped.process.once('exit', (code, signal) => r(signal ?? `code ${code}`)),
    );
    process.kill(-stopped.process.pid!, 'SIGTERM');
    const how = await Promise.race([
      exit,
      new Promise<string>((r) => setTimeout(() => r('still running'), 40_000).unref()),
    ]);
    console.log(`SIGTERM → exit by ${how}`);
    if (how !== 'SIGTERM' && how !== 'code 0') {
      await stopped.stop(1_000);
      fail('did not stop cleanly on SIGTERM');
    }
    console.log(`\n${service}: the production build works.`);
  } finally {
    await child?.stop(5_000);
    await temporal?.teardown().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
  }
}

/** A login attempt goes through the database, argon2 (a native addon) and the error mapping. */
async function checkLoginRefused(base: string): Promise<void> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'nobody', password: 'not-a-password' }),
  });
  console.log(`POST ${base}/auth/login (unknown user) → ${login.status} ${await login.text()}`);
  if (login.status !== 401) fail('an unknown user was not refused with 401');
}

function checkRefusesBadEnvironment(bundle: string): void {
  const run = spawnSync(process.execPath, [bundle], {
    env: { PATH: process.env['PATH'], NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  console.log(`Without configuration → exit code ${run.status}:\n${run.stderr.trimEnd()}\n`);
  if (run.status === 0 || run.status === null) fail('started without configuration');
  for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET']) {
    if (!run.stderr.includes(`${name}: is required`)) fail(`the refusal does not name ${name}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nFAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
