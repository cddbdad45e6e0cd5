import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres, startTemporalDevServer } from '@bastion/platform-testing/servers';
import { freePort } from '@bastion/platform-testing';
import { startChild, waitForHttp } from '../dev/child-process';
import { devSecrets } from '../dev/dev-secrets';
import { DEMO_PASSWORD } from '../seed/forest-group';
import { seedDemoData } from '../seed/seed';
import { summarise, throughput, timeSequential } from './stats';

const root = resolve(__dirname, '..', '..');

/**
 * The identity service on the demo forest group (about 1,500 people), run as its own process
 * against embedded PostgreSQL and the Temporal dev server, measured over loopback HTTP.
 */
export async function identityBenchmark(): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-bench-'));
  const postgres = await startEmbeddedPostgres();
  const temporal = await startTemporalDevServer();
  const port = await freePort();
  const secrets = devSecrets(dataDir);
  const databaseUrl = await postgres.createDatabase('bench');
  await seedDemoData(databaseUrl, secrets.ID_NUMBER_KEY);
  const service = startChild(
    'identity',
    process.execPath,
    [join(root, 'tools/ts-node.js'), 'apps/identity/src/main.ts'],
    {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      LOG_LEVEL: 'warn',
      ...secrets,
    },
  );
  const base = `http://127.0.0.1:${port}/api/identity`;
  try {
    await waitForHttp(`${base}/health`, service);
    const json = async (path: string, token?: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json() as Promise<Record<string, unknown>>;
    };
    const login = () =>
      json('/auth/login', undefined, { username: 'group.orgdept', password: DEMO_PASSWORD });
    const token = (await login())['accessToken'] as string;
    const roots = (await json('/orgs?level=root', token))['items'] as { id: string }[];

    // Walk to a deep page once, then time that page itself.
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Record<string, unknown> = await json(
        `/people?limit=20${cursor ? `&cursor=${cursor}` : ''}`,
        token,
      );
      cursor = page['nextCursor'] as string | null;
      pages += 1;
    } while (cursor && pages < 60);
    const deepCursor = cursor;

    const lines = [
      summarise('login (argon2id), sequential', await timeSequential(30, async () => void (await login()))),
      summarise('GET /me', await timeSequential(200, async () => void (await json('/me', token)))),
      summarise(
        'GET /orgs/:id (detail with counts)',
        await timeSequential(200, async () => void (await json(`/orgs/${roots[0]!.id}`, token))),
      ),
      summarise(
        'GET /people page 1 (committee scope)',
        await timeSequential(200, async () => void (await json('/people?limit=20', token))),
      ),
      summarise(
        `GET /people page ${pages + 1} by cursor`,
        await timeSequential(
          200,
          async () => void (await json(`/people?limit=20&cursor=${deepCursor}`, token)),
        ),
      ),
      summarise(
        'GET /people?q=王 (name search)',
        await timeSequential(
          200,
          async () => void (await json(`/people?limit=20&q=${encodeURIComponent('王')}`, token)),
        ),
      ),
    ];
    const load = await throughput(8, 10, async () => void (await json('/people?limit=20', token)));
    lines.push(
      `${summarise('GET /people page 1, 8 concurrent callers, 10 s', load.samples)}  ${load.perSecond.toFixed(0)} req/s`,
    );
    return lines;
  } finally {
    await service.stop();
    await temporal.teardown();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
