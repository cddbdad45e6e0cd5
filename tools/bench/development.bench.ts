import { cpus } from 'node:os';
import { join } from 'node:path';
import { shanghaiDateOf } from '@bastion/calendar';
import {
  CASE_WORKFLOW,
  DEVELOPMENT_TASK_QUEUE,
  IDENTITY_LOOKUP_WORKFLOW,
} from '@bastion/development-contracts';
import { besideTheStack, waitUntil } from './beside-the-stack';
import { branchOf, CASES, committeeUser, identityStandIn, secretary } from './development-directory';
import { paperCase, stageOf } from './development-paper-records';
import { cpuSeconds, memoryOf, mib, postgresPid, serviceProcess, temporalServerPid } from './process-stats';
import { type BenchUser, ServiceStack } from './service-stack';
import { percentile, summarise, timeSequential } from './stats';

/**
 * The member development service (发展党员) at size: paper records migrated through its HTTP API,
 * held open with their statutory timers on the Temporal dev server, and the board and deadline
 * queries over them.
 *
 * The identity service is not run: its activities are answered in this process over the
 * benchmark's tree (see `development-directory.ts`). The approvals service is not run either:
 * every case is migrated at a stage that waits for no sign-off (activist, candidate before the
 * committee review, probationary after the approval), which the run checks.
 */

const IN_FLIGHT = Number(process.env['BENCH_DEVELOPMENT_CONCURRENCY'] ?? 24);

/** HTTP calls to the development API, as one of the benchmark's users. */
function api(stack: ServiceStack) {
  const tokens = new Map<string, string>();
  return async (who: BenchUser, method: string, path: string, body?: unknown) => {
    let token = tokens.get(who.personId);
    if (!token) tokens.set(who.personId, (token = stack.tokenFor(who)));
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

/** `npm run bench -- development`: migration at size, open workflows and their memory, the board and deadlines. */
export async function developmentBenchmark(report: (line: string) => void): Promise<void> {
  const stack = await ServiceStack.start('development', (dataDir) => ({ FILES_DIR: join(dataDir, 'files') }));
  const recorded = new Set<string>();
  await besideTheStack(stack, identityStandIn(recorded), async (db) => {
    // The worker bundles its workflows as it starts: wait for it to poll, so the start-up is not timed.
    const polling = await waitUntil(async () => {
      const { pollers } = await stack.client.workflowService.describeTaskQueue({
        namespace: stack.client.options.namespace,
        taskQueue: { name: DEVELOPMENT_TASK_QUEUE },
      });
      return pollers.length > 0;
    }, 120_000);
    if (!polling) throw new Error('the development worker never polled its task queue');
    const call = api(stack);
    const today = shanghaiDateOf(new Date());
    const apiPid = serviceProcess(stack.api.process.pid);
    const workerPid = serviceProcess(stack.worker.process.pid);

    // (a) Every paper record through POST /cases/migrate, as its branch's secretary, a few at a time.
    const temporalPid = temporalServerPid(stack.temporalAddress);
    const processes = {
      'Temporal dev server': () => cpuSeconds(temporalPid),
      worker: () => cpuSeconds(workerPid),
      API: () => cpuSeconds(apiPid),
      PostgreSQL: () => cpuSeconds(postgresPid(stack.postgres.port)),
      'this process (client, identity stand-in)': () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1e6;
      },
    };
    const cpuBefore = Object.fromEntries(Object.entries(processes).map(([name, cpu]) => [name, cpu()]));
    const before = memoryOf(apiPid);
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    let firstFailure = '';
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let i = next++; i < CASES; i = next++) {
          const body = paperCase(i, today);
          const t0 = performance.now();
          const res = await call(secretary(branchOf(i)), 'POST', '/cases/migrate', body).catch(
            (error: Error) => ({
              status: 0,
              body: { message: error.message } as Record<string, unknown>,
            }),
          );
          latencies.push(performance.now() - t0);
          if (res.status !== 201) {
            const key = `${res.status} ${String(res.body['code'] ?? '')}`.trim();
            failures.set(key, (failures.get(key) ?? 0) + 1);
            firstFailure ||= `case ${i} (${stageOf(i)}): ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const after = memoryOf(apiPid);
    const ok = CASES - [...failures.values()].reduce((a, b) => a + b, 0);
    report(
      `(a) ${CASES.toLocaleString('en')} paper records migrated over HTTP, ${IN_FLIGHT} in flight: ${seconds.toFixed(1)} s, ` +
        `${(ok / seconds).toFixed(1)} starts/s; ${ok.toLocaleString('en')} accepted` +
        (failures.size ? `, refused: ${[...failures].map(([k, n]) => `${n}× ${k}`).join(', ')}` : ''),
    );
    report(
      `(a) processor time during the migration: ${Object.entries(processes)
        .map(([name, cpu]) => `${name} ${(cpu() - cpuBefore[name]!).toFixed(0)} s`)
        .join(', ')} (of ${(seconds * cpus().length).toFixed(0)} s on ${cpus().length} cores)`,
    );
    if (firstFailure) report(`(a) first refusal: ${firstFailure}`);
    report(
      `(a) request latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(0)} ms; API process ${before?.rss.toFixed(0)} MiB before, peak ${after?.peak.toFixed(0)} MiB`,
    );

    // (b) Settled: every case on record and its stage told to identity; then what holding them open costs.
    const settled = await waitUntil(async () => {
      const {
        rows: [r],
      } = await db.query(`SELECT count(*)::int AS n FROM development."case" WHERE version >= 1`);
      return r.n >= ok && recorded.size >= ok;
    }, 900_000);
    const settledSeconds = (performance.now() - started) / 1000;
    const { rows: byStatus } = await db.query(
      `SELECT status, count(*)::int AS n FROM development."case" GROUP BY status ORDER BY n DESC`,
    );
    const {
      rows: [clocks],
    } = await db.query(
      `SELECT count(*)::int AS clocks,
              (count(*) FILTER (WHERE kind = 'deadline' AND due < $1::date))::int AS overdue,
              (SELECT count(*)::int FROM development."case" WHERE record->'pending' IS NOT NULL AND record->'pending' <> 'null'::jsonb) AS waiting
         FROM development.case_clock`,
      [today],
    );
    const open = await stack.client.workflow.count(
      `WorkflowType = '${CASE_WORKFLOW}' AND ExecutionStatus = 'Running'`,
    );
    const lookups = await stack.client.workflow.count(
      `WorkflowType = '${IDENTITY_LOOKUP_WORKFLOW}' AND ExecutionStatus = 'Completed'`,
    );
    report(
      `(b) settled ${settled ? '' : '(NOT all) '}${settledSeconds.toFixed(1)} s after the first request: read model ` +
        `${byStatus.map((r: { status: string; n: number }) => `${r.n} ${r.status}`).join(', ')}; ` +
        `${recorded.size.toLocaleString('en')} stages recorded with identity; ${clocks.waiting} waiting on a sign-off`,
    );
    report(
      `(b) ${open.count.toLocaleString('en')} case workflows open on the Temporal dev server (${lookups.count.toLocaleString('en')} lookup workflows completed); ` +
        `${Number(clocks.clocks).toLocaleString('en')} clocks, ${Number(clocks.overdue).toLocaleString('en')} of them deadlines missed`,
    );
    report(`(b) Temporal dev server ${mib(memoryOf(temporalPid))}`);
    report(
      `(b) worker ${mib(memoryOf(workerPid))}, caching up to ${process.env['WORKER_MAX_CACHED_WORKFLOWS'] ?? 1000} workflows; ` +
        `API ${mib(memoryOf(apiPid))}`,
    );

    // (c) The board and the deadlines at that size, for the committee and for one branch.
    await db.query('VACUUM ANALYZE development."case"');
    await db.query('VACUUM ANALYZE development.case_clock');
    const timed = (who: BenchUser, path: string) =>
      timeSequential(200, async () => {
        const res = await call(who, 'GET', path);
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      });
    const branchUser = secretary(0);
    report(
      summarise('(c) pipeline board, committee (all branches)', await timed(committeeUser, '/pipeline')),
    );
    report(summarise('(c) pipeline board, one branch', await timed(branchUser, '/pipeline')));
    report(
      summarise('(c) deadlines in 30 days p1, committee', await timed(committeeUser, '/deadlines?limit=20')),
    );
    report(
      summarise('(c) deadlines in 30 days p1, one branch', await timed(branchUser, '/deadlines?limit=20')),
    );
  });
}
