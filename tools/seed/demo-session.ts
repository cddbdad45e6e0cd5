import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { DEMO_PASSWORD } from './forest-group';

/**
 * Runs a domain's demo on the first run only: an installation whose `table` holds any row keeps
 * what it has. The demo reads the database only to find who is who, through the directory.
 */
export async function seedOnFirstRun(
  urls: ServiceUrls,
  databaseUrl: string,
  table: string,
  run: (directory: DemoDirectory) => Promise<void>,
): Promise<'seeded' | 'kept'> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT 1 FROM ${table} LIMIT 1`);
    if (rows.length) return 'kept';
    await run(new DemoDirectory(urls, db));
    return 'seeded';
  } finally {
    await db.end();
  }
}

/**
 * Reads until the answer shows what the demo waits for (a workflow writes its read model a moment
 * after it acts), `rounds` times 200 ms apart at the most; then fails with `failure`.
 */
export async function until<T>(
  read: () => Promise<T>,
  ready: (answer: T) => boolean,
  rounds: number,
  failure: string,
): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (ready(await read())) return;
    await sleep(200);
  }
  throw new Error(failure);
}

/** Where each service listens, e.g. `http://127.0.0.1:3003`. */
export interface ServiceUrls {
  identity: string;
  approvals: string;
  rectification: string;
  development: string;
}

export interface Person {
  personId: string;
  name: string;
}

/** A signed-in demo user calling the services' HTTP APIs. */
export class Session {
  constructor(
    private readonly urls: ServiceUrls,
    private readonly token: string,
  ) {}

  async call<T>(service: keyof ServiceUrls, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.urls[service]}/api/${service}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${service}${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async upload(
    service: keyof ServiceUrls,
    name: string,
    content: string,
  ): Promise<{ id: string; name: string; sha256: string }> {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/plain' }), name);
    const response = await fetch(`${this.urls[service]}/api/${service}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; name: string; sha256: string };
  }
}

/**
 * What every demo loader needs: the demo people signed in (once each), who is who in the
 * directory, and sign-offs decided by whoever holds their open tasks. The database is only read,
 * to find people and tasks; everything the demo does goes through the services' APIs.
 */
export class DemoDirectory {
  private readonly sessions = new Map<string, Session>();

  constructor(
    readonly urls: ServiceUrls,
    readonly db: Client,
  ) {}

  async login(username: string): Promise<Session> {
    const known = this.sessions.get(username);
    if (known) return known;
    const response = await fetch(`${this.urls.identity}/api/identity/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    const session = new Session(this.urls, accessToken);
    this.sessions.set(username, session);
    return session;
  }

  /** Signs in as the person, through their own login. */
  async loginAs(personId: string): Promise<Session> {
    return this.login(await this.username(personId));
  }

  async orgId(name: string): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      'SELECT id FROM identity.org_unit WHERE name = $1 AND dissolved_at IS NULL',
      [name],
    );
    if (rows.length !== 1) throw new Error(`no single organisation named ${name}`);
    return rows[0]!.id;
  }

  /** Who holds the offices at an organisation now, by role, in name order. */
  async holders(orgId: string, roles: string[]): Promise<(Person & { role: string })[]> {
    const { rows } = await this.db.query<Person & { role: string }>(
      `SELECT p.id AS "personId", p.name, o.role FROM identity.office o JOIN identity.person p ON p.id = o.person_id
        WHERE o.org_id = $1 AND o.to_date IS NULL AND o.role = ANY($2)
        ORDER BY p.name`,
      [orgId, roles],
    );
    return rows;
  }

  async username(personId: string): Promise<string> {
    const { rows } = await this.db.query<{ username: string }>(
      'SELECT username FROM identity.user_account WHERE person_id = $1 AND disabled_at IS NULL',
      [personId],
    );
    if (!rows[0]) throw new Error(`person ${personId} has no login`);
    return rows[0].username;
  }

  /** Decides every stage of a sign-off as whoever holds its open task. */
  async signOff(requestId: string): Promise<void> {
    for (let round = 0; round < 200; round += 1) {
      const { rows } = await this.db.query<{ status: string; signer: string | null }>(
        `SELECT r.status, t.actor_person_id AS signer FROM approvals.request r
           LEFT JOIN approvals.task t ON t.request_id = r.id AND t.status = 'open' AND t.kind = 'sign'
          WHERE r.id = $1`,
        [requestId],
      );
      if (rows[0] && rows[0].status !== 'running') return;
      const signer = rows.find((r) => r.signer)?.signer;
      if (!signer) {
        await sleep(200);
        continue;
      }
      const session = await this.loginAs(signer);
      await session.call('approvals', 'POST', `/requests/${requestId}/actions`, {
        type: 'approve',
        idempotencyKey: `demo-${requestId}-${signer}`,
        opinion: '同意。',
      });
    }
    throw new Error(`sign-off ${requestId} did not finish`);
  }
}
