import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { freePort } from '@bastion/platform-testing';
import {
  type PostgresServer,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@bastion/platform-testing/servers';
import { type Child, startChild, waitForHttp } from '../dev/child-process';
import { devSecrets } from '../dev/dev-secrets';
import { serviceApps } from '../dev/services';
import { seedApprovalTemplates } from '../seed/approval-templates';
import { seedDemoData } from '../seed/seed';

const root = resolve(__dirname, '..', '..');

/**
 * Every service on a throwaway installation: its own temporary data folder, PostgreSQL, Temporal
 * dev server and free ports, never `npm start`'s data. It holds the demo organisation and route
 * templates (so the demo logins work) and no demo batches or cases: a fuzzer's made-up ids find
 * nothing there either way.
 */
export class FuzzStack {
  private constructor(
    /** Each service's origin, `http://127.0.0.1:<port>`. */
    readonly origins: Record<string, string>,
    private readonly children: Child[],
    private readonly temporal: TestWorkflowEnvironment,
    private readonly postgres: PostgresServer,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<FuzzStack> {
    const dataDir = mkdtempSync(join(tmpdir(), 'bastion-fuzz-'));
    const postgres = await startEmbeddedPostgres({ fast: true });
    const temporal = await startTemporalDevServer({ port: await freePort() });
    const databaseUrl = await postgres.createDatabase('bastion');
    const secrets = devSecrets(dataDir);
    await seedDemoData(databaseUrl, secrets.ID_NUMBER_KEY);
    await seedApprovalTemplates(databaseUrl);
    const origins: Record<string, string> = {};
    const children: Child[] = [];
    for (const app of serviceApps) {
      const port = await freePort();
      children.push(
        startChild(
          app.name,
          process.execPath,
          [join(root, 'tools/ts-node.js'), `apps/${app.name}/src/main.ts`],
          {
            ...process.env,
            NODE_ENV: 'test',
            PORT: String(port),
            DATABASE_URL: databaseUrl,
            TEMPORAL_ADDRESS: temporal.address,
            ATTACHMENTS_DIR: join(dataDir, 'attachments'),
            FILES_DIR: join(dataDir, `${app.name}-files`),
            // A fuzz run outlasts the default five minutes of an access token.
            ACCESS_TOKEN_TTL_SECONDS: '3600',
            LOG_LEVEL: 'error',
            SHUTDOWN_GRACE_SECONDS: '2',
            ...secrets,
          },
        ),
      );
      origins[app.name] = `http://127.0.0.1:${port}`;
    }
    // However this process ends, no service it started outlives it.
    process.on('exit', () => children.forEach((child) => child.kill()));
    const stack = new FuzzStack(origins, children, temporal, postgres, dataDir);
    try {
      await Promise.all(
        serviceApps.map((app, i) => waitForHttp(`${origins[app.name]}/api/${app.name}/health`, children[i]!)),
      );
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  /** An access token for a demo login. */
  async login(username: string, password: string): Promise<string> {
    const response = await fetch(`${this.origins['identity']}/api/identity/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok)
      throw new Error(`${username} could not sign in: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async stop(): Promise<void> {
    for (const child of [...this.children].reverse()) await child.stop(10_000);
    await this.temporal.teardown().catch(() => undefined);
    await this.postgres.stop().catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
