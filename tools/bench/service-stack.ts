import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { type Grant, signAccessToken } from '@bastion/platform-auth';
import { freePort } from '@bastion/platform-testing';
import {
  type PostgresServer,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@bastion/platform-testing/servers';
import { type Child, startChild, waitForHttp } from '../dev/child-process';

const root = resolve(__dirname, '..', '..');

/** Someone the benchmark acts as: a person with their grants. */
export interface BenchUser {
  personId: string;
  name: string;
  grants: Grant[];
  isAdmin?: boolean;
}

/**
 * One service as two processes — the HTTP API and the worker, split by ROLE so the worker can be
 * killed alone — on embedded PostgreSQL and a Temporal dev server.
 */
export class ServiceStack {
  private constructor(
    readonly service: string,
    readonly postgres: PostgresServer,
    readonly temporalAddress: string,
    private readonly stopTemporal: () => Promise<void>,
    readonly databaseUrl: string,
    readonly baseUrl: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly client: Client,
    private readonly connection: Connection,
    readonly dataDir: string,
    public api: Child,
    public worker: Child,
  ) {}

  static async start(
    service: string,
    extraEnv: (dataDir: string) => NodeJS.ProcessEnv = () => ({}),
  ): Promise<ServiceStack> {
    const dataDir = mkdtempSync(join(tmpdir(), `bastion-bench-${service}-`));
    const postgres = await startEmbeddedPostgres();
    const temporal = await startTemporalDevServer();
    const databaseUrl = await postgres.createDatabase('bench');
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_SECONDS: '5',
      ...extraEnv(dataDir),
    };
    const api = ServiceStack.spawn(service, 'api', env);
    const baseUrl = `http://127.0.0.1:${port}/api/${service}`;
    await waitForHttp(`${baseUrl}/health`, api);
    const worker = ServiceStack.spawn(service, 'worker', env);
    const connection = await Connection.connect({ address: temporal.address });
    return new ServiceStack(
      service,
      postgres,
      temporal.address,
      () => temporal.teardown(),
      databaseUrl,
      baseUrl,
      env,
      new Client({ connection }),
      connection,
      dataDir,
      api,
      worker,
    );
  }

  private static spawn(service: string, role: 'api' | 'worker', env: NodeJS.ProcessEnv): Child {
    return startChild(
      `${service}-${role}`,
      process.execPath,
      [join(root, 'tools/ts-node.js'), `apps/${service}/src/main.ts`],
      { ...env, ROLE: role },
    );
  }

  /** Kills the worker at once (no graceful shutdown), as a crash would. */
  killWorker(): void {
    this.worker.kill();
  }

  restartWorker(): void {
    this.worker = ServiceStack.spawn(this.service, 'worker', this.env);
  }

  /** A bearer token for a user, signed with the service's secret. */
  tokenFor(user: BenchUser): string {
    return signAccessToken(
      {
        userId: user.personId,
        sessionId: randomUUID(),
        username: user.name,
        displayName: user.name,
        personId: user.personId,
        isAdmin: user.isAdmin ?? false,
        grants: user.grants,
      },
      this.env['JWT_SECRET']!,
      3600,
    );
  }

  async stop(): Promise<void> {
    await this.api.stop();
    await this.worker.stop();
    await this.connection.close();
    await this.stopTemporal();
    await this.postgres.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
