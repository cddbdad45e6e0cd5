import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  approvalInputSchema,
  approvalWorkflowId,
  APPROVALS_TASK_QUEUE,
  type PersonRef,
  type StageInput,
} from '@bastion/approvals-contracts';
import { signAccessToken } from '@bastion/platform-auth';
import { freePort } from '@bastion/platform-testing';
import {
  type PostgresServer,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@bastion/platform-testing/servers';
import { type Child, startChild, waitForHttp } from '../dev/child-process';

const root = resolve(__dirname, '..', '..');

const ORG = { id: '00000000-0000-4000-a000-000000000001', name: '基准测试党支部' };

export function benchPerson(n: number): PersonRef {
  return { personId: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`, name: `测试人员${n}` };
}

/**
 * The approvals service as two processes — the HTTP API and the worker, split by ROLE so the
 * worker can be killed alone — on embedded PostgreSQL and a Temporal dev server.
 */
export class ApprovalsStack {
  private constructor(
    readonly postgres: PostgresServer,
    readonly temporalAddress: string,
    private readonly stopTemporal: () => Promise<void>,
    readonly databaseUrl: string,
    readonly baseUrl: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly client: Client,
    private readonly connection: Connection,
    private readonly dataDir: string,
    public api: Child,
    public worker: Child,
  ) {}

  static async start(): Promise<ApprovalsStack> {
    const dataDir = mkdtempSync(join(tmpdir(), 'bastion-bench-approvals-'));
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
      ATTACHMENTS_DIR: join(dataDir, 'attachments'),
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_SECONDS: '5',
    };
    const api = ApprovalsStack.spawn('api', env);
    const baseUrl = `http://127.0.0.1:${port}/api/approvals`;
    await waitForHttp(`${baseUrl}/health`, api);
    const worker = ApprovalsStack.spawn('worker', env);
    const connection = await Connection.connect({ address: temporal.address });
    const stack = new ApprovalsStack(
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
    return stack;
  }

  private static spawn(role: 'api' | 'worker', env: NodeJS.ProcessEnv): Child {
    return startChild(
      `approvals-${role}`,
      process.execPath,
      [join(root, 'tools/ts-node.js'), 'apps/approvals/src/main.ts'],
      {
        ...env,
        ROLE: role,
      },
    );
  }

  /** Kills the worker at once (no graceful shutdown), as a crash would. */
  killWorker(): void {
    this.worker.kill();
  }

  restartWorker(): void {
    this.worker = ApprovalsStack.spawn('worker', this.env);
  }

  /** A bearer token for a person, signed with the service's secret. */
  tokenFor(person: PersonRef): string {
    return signAccessToken(
      {
        userId: person.personId,
        sessionId: randomUUID(),
        username: person.name,
        displayName: person.name,
        personId: person.personId,
        isAdmin: false,
        grants: [{ role: 'full_member', orgId: ORG.id, orgPath: `/${ORG.id}/` }],
      },
      this.env['JWT_SECRET']!,
      3600,
    );
  }

  /** Starts an approval along `stages`, as a parent service would. */
  async startRequest(submitter: PersonRef, stages: StageInput[]): Promise<string> {
    const input = approvalInputSchema.parse({
      requestId: randomUUID(),
      subject: {
        procedure: 'general',
        businessKey: `bench/${randomUUID()}`,
        title: '基准测试请示',
        org: { id: ORG.id, name: ORG.name, idPath: `/${ORG.id}/` },
        submitter,
      },
      route: { stages, settings: { whenNobody: 'process_admin', processAdmins: [submitter] } },
    });
    await this.client.workflow.start('approval', {
      taskQueue: APPROVALS_TASK_QUEUE,
      workflowId: approvalWorkflowId(`bench/${input.requestId}`, 'approval'),
      args: [input],
    });
    return input.requestId;
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

export function stage(
  name: string,
  people: PersonRef[],
  mode: 'all' | 'any' | 'sequential' = 'all',
): StageInput {
  return { name, assignees: { kind: 'people', people }, mode: { kind: mode } };
}
