import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import type { PersonRef } from '@bastion/approvals-contracts';
import { benchPerson, member, stage, startApprovalsStack, startRequest } from './approvals-stack';
import type { ServiceStack } from './service-stack';
import { percentile, summarise, timeSequential } from './stats';
import { bareUpdateRoundTrips } from './temporal-baseline';

interface Acked {
  requestId: string;
  seq: number;
  actor: string;
}

/** HTTP calls to the approvals API as a given person. */
function api(stack: ServiceStack) {
  const tokens = new Map<string, string>();
  const token = (p: PersonRef) =>
    tokens.get(p.personId) ?? tokens.set(p.personId, stack.tokenFor(member(p))).get(p.personId)!;
  const call = async (p: PersonRef, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token(p)}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  return {
    call,
    /** Waits until the request is on record (its first write is asynchronous to the start). */
    async visible(p: PersonRef, requestId: string) {
      for (let i = 0; i < 400; i++) {
        if ((await call(p, 'GET', `/requests/${requestId}`)).status === 200) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`request ${requestId} never appeared`);
    },
    async approve(p: PersonRef, requestId: string, key = randomUUID()) {
      return call(p, 'POST', `/requests/${requestId}/actions`, { type: 'approve', idempotencyKey: key });
    },
  };
}

const [submitter, a, b, c, d] = [1, 2, 3, 4, 5].map(benchPerson) as [
  PersonRef,
  PersonRef,
  PersonRef,
  PersonRef,
  PersonRef,
];
const threeStages = () => [stage('初审', [a]), stage('会签', [b, c]), stage('终审', [d])];

/** (a) An approval over HTTP beside a bare Temporal Update, on the same server. */
async function roundTrips(stack: ServiceStack): Promise<string[]> {
  const http = api(stack);
  const samples: number[] = [];
  for (let r = 0; r < 10; r++) {
    const id = await startRequest(
      stack,
      submitter,
      Array.from({ length: 20 }, (_, i) => stage(`第${i + 1}级`, [a])),
    );
    await http.visible(submitter, id);
    samples.push(
      ...(await timeSequential(20, async () => {
        const res = await http.approve(a, id);
        if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
      })),
    );
  }
  const bare = await bareUpdateRoundTrips(stack.temporalAddress, 200);
  const ratio = (p: number) => (percentile(samples, p) / percentile(bare, p)).toFixed(2);
  return [
    summarise('(a) approve over HTTP (read model + ledger)', samples),
    summarise('(a) bare Temporal Update, trivial workflow', bare),
    `(a) ratio HTTP approve / bare update: p50 ${ratio(50)}×, p95 ${ratio(95)}×, p99 ${ratio(99)}×`,
  ];
}

/** Drives one 3-stage request to its end; returns the actions acknowledged with their ledger rows. */
async function drive(stack: ServiceStack, http: ReturnType<typeof api>, retry: boolean): Promise<Acked[]> {
  const id = await startRequest(stack, submitter, threeStages());
  await http.visible(submitter, id);
  const acked: Acked[] = [];
  const approve = async (p: PersonRef) => {
    const key = randomUUID();
    for (let attempt = 0; ; attempt++) {
      const res = await http
        .approve(p, id, key)
        .catch(() => ({ status: 0, body: {} as Record<string, unknown> }));
      if (res.status === 200) {
        acked.push({ requestId: id, seq: res.body['seq'] as number, actor: p.personId });
        return;
      }
      if (!retry || attempt > 200)
        throw new Error(`approve by ${p.name}: ${res.status} ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  await approve(a);
  await Promise.all([approve(b), approve(c)]);
  await approve(d);
  return acked;
}

/** (b) 3-stage requests completed per second with concurrent actors. */
async function throughput(stack: ServiceStack): Promise<string[]> {
  const http = api(stack);
  const total = 120;
  const concurrency = 12;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        await drive(stack, http, false);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return [
    `(b) ${total} three-stage requests (4 approvals each), ${concurrency} at a time: ${(total / seconds).toFixed(1)} requests/s (${seconds.toFixed(1)} s)`,
  ];
}

/** (c) The inbox with 100,000 open tasks in the database: page 1 and page 1,000. */
async function inbox(stack: ServiceStack): Promise<string[]> {
  const heavy = benchPerson(9000);
  const db = new PgClient({ connectionString: stack.databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  const seeded = performance.now();
  await db.query(`
    INSERT INTO approvals.request (id, number, workflow_id, procedure, business_key, title, org_id, org_name, org_path,
      submitter_person_id, submitter_name, status, current_stage_index, current_stage_name, state, ledger_seq,
      created_at, updated_at, version)
    SELECT gen_random_uuid(), 'BENCH-' || g, 'bench-seed/' || g, 'general', 'seed/' || g, '基准测试待办 ' || g,
      '00000000-0000-4000-a000-000000000001', '基准测试党支部', '/00000000-0000-4000-a000-000000000001/',
      '${submitter.personId}', '提交人', 'running', 0, '审核', '{}'::jsonb, 1,
      now() - make_interval(mins => g::int), now(), 1
    FROM generate_series(1, 100000) g`);
  await db.query(`
    INSERT INTO approvals.task (id, request_id, task_id, kind, stage_index, stage_name, assignee_person_id, assignee_name,
      actor_person_id, status, opened_at, due_at, due_sort, remind_at)
    SELECT r.id || ':t1', r.id, 't1', 'sign', 0, '审核', r.person, '待办人', r.person, 'open', now(), r.due, r.due,
      r.due - interval '1 day'
    FROM (SELECT id,
            CASE WHEN n <= 25000 THEN '${heavy.personId}'::uuid
                 ELSE format('00000000-0000-4000-b000-%s', lpad((10000 + n % 3000)::text, 12, '0'))::uuid END AS person,
            now() + make_interval(hours => ((n % 720) - 120)::int) AS due
          FROM (SELECT id, row_number() OVER (ORDER BY number) AS n FROM approvals.request WHERE number LIKE 'BENCH-%') numbered) r`);
  // As autovacuum would have it in a running installation: statistics and the visibility map up to date.
  await db.query('VACUUM ANALYZE approvals.request');
  await db.query('VACUUM ANALYZE approvals.task');
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM approvals.task WHERE status = 'open'`))
    .rows;
  await db.end();
  const seedSeconds = ((performance.now() - seeded) / 1000).toFixed(1);

  const http = api(stack);
  const first = await timeSequential(100, async () => {
    const res = await http.call(heavy, 'GET', '/inbox?tab=todo&limit=20');
    if (res.status !== 200) throw new Error(`inbox: ${res.status}`);
  });
  let cursor = '';
  for (let page = 1; page < 1000; page++) {
    const res = await http.call(heavy, 'GET', `/inbox?tab=todo&limit=20${cursor ? `&cursor=${cursor}` : ''}`);
    cursor = res.body['nextCursor'] as string;
  }
  const deep = await timeSequential(100, async () => {
    const res = await http.call(heavy, 'GET', `/inbox?tab=todo&limit=20&cursor=${cursor}`);
    if (res.status !== 200) throw new Error(`inbox page 1000: ${res.status}`);
  });
  return [
    `(c) seeded ${n} open tasks (25,000 for one person, the rest over 3,000) in ${seedSeconds} s`,
    summarise('(c) inbox 待办 page 1 (with tab counts)', first),
    summarise('(c) inbox 待办 page 1,000 by cursor', deep),
  ];
}

/** Fault run: 200 requests in flight, the worker killed and restarted, every acknowledged action recorded exactly once. */
async function faultRun(stack: ServiceStack): Promise<string[]> {
  const http = api(stack);
  const acked: Acked[] = [];
  let killed = false;
  const runs = Array.from({ length: 200 }, () =>
    drive(stack, http, true).then((rows) => acked.push(...rows)),
  );
  // Kill the worker once the requests are well under way.
  const watcher = (async () => {
    while (acked.length < 200) await new Promise((r) => setTimeout(r, 100));
    stack.killWorker();
    killed = true;
    await new Promise((r) => setTimeout(r, 3_000));
    stack.restartWorker();
  })();
  const started = performance.now();
  await Promise.all([...runs, watcher]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const db = new PgClient({ connectionString: stack.databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  const ids = [...new Set(acked.map((x) => x.requestId))];
  const rows = (
    await db.query(
      `SELECT request_id, seq, actor_person_id, action FROM approvals.ledger WHERE request_id = ANY($1) AND action = 'approve'`,
      [ids],
    )
  ).rows as { request_id: string; seq: number; actor_person_id: string }[];
  const bySeq = new Map(rows.map((r) => [`${r.request_id}/${r.seq}`, r]));
  const missing = acked.filter(
    (x) => bySeq.get(`${x.requestId}/${x.seq}`)?.actor_person_id !== x.actor,
  ).length;
  const perActor = new Map<string, number>();
  for (const r of rows)
    perActor.set(
      `${r.request_id}/${r.actor_person_id}`,
      (perActor.get(`${r.request_id}/${r.actor_person_id}`) ?? 0) + 1,
    );
  const duplicated = [...perActor.values()].filter((count) => count > 1).length;
  const completed = (
    await db.query(
      `SELECT count(*)::int AS n FROM approvals.request WHERE id = ANY($1) AND status = 'approved'`,
      [ids],
    )
  ).rows[0].n as number;
  await db.end();
  let intact = 0;
  for (const id of ids) {
    const res = await http.call(submitter, 'GET', `/requests/${id}/verify`);
    if (res.body['intact'] === true) intact += 1;
  }
  return [
    `fault run: 200 three-stage requests in flight, worker killed (${killed ? 'yes' : 'no'}) after ~200 acknowledged approvals and restarted 3 s later; all done in ${seconds} s`,
    `fault run: ${completed}/200 requests approved; ${acked.length} approvals acknowledged, ${rows.length} approve rows in the ledger; acknowledged but missing: ${missing}; recorded twice: ${duplicated}; chains intact: ${intact}/200`,
  ];
}

/** The parts to run: all, or those named in BENCH_PARTS (e.g. `inbox,roundTrips`). */
function parts() {
  const all = { roundTrips, throughput, faultRun, inbox };
  const asked = process.env['BENCH_PARTS']?.split(',');
  return Object.entries(all)
    .filter(([name]) => !asked || asked.includes(name))
    .map(([, part]) => part);
}

/** Runs each part in turn, reporting its figures as soon as it has them. */
export async function approvalsBenchmark(report: (line: string) => void): Promise<void> {
  const stack = await startApprovalsStack();
  try {
    for (const part of parts()) {
      for (const line of await part(stack)) report(line);
    }
  } finally {
    await stack.stop();
  }
}
