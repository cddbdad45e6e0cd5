import { cpus } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { ApplicationFailure } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import {
  addDays,
  addMonths,
  addWorkingDays,
  type LocalDate,
  shanghaiDateOf,
  shippedChinaHolidayData,
} from '@bastion/calendar';
import {
  CASE_WORKFLOW,
  DEVELOPMENT_TASK_QUEUE,
  IDENTITY_LOOKUP_WORKFLOW,
  type MigrateCaseInput,
  type MigratedStepInput,
} from '@bastion/development-contracts';
import {
  IDENTITY_TASK_QUEUE,
  type IdentityActivities,
  type OrgSnapshot,
  type PersonSnapshot,
} from '@bastion/identity-contracts';
import { cpuSeconds, memoryOf, mib, postgresPid, serviceProcess, temporalServerPid } from './process-stats';
import { type BenchUser, ServiceStack } from './service-stack';
import { percentile, summarise, timeSequential } from './stats';

/**
 * The member development service (发展党员) at size: paper records migrated through its HTTP API,
 * held open with their statutory timers on the Temporal dev server, and the board and deadline
 * queries over them.
 *
 * The identity service is not run: its activities are answered in this process, on the identity
 * task queue, over the benchmark's synthetic tree (one committee, 30 branches) — only those the
 * development workflows call: `snapshotPerson` and `snapshotOrg` (the lookup workflow the API runs
 * for every migration), `countExpectedVoters` (the same workflow, for the vote form) and
 * `recordDevelopment` (each case tells identity the person's stage). The approvals service is not
 * run either: every case is migrated at a stage that waits for no sign-off (activist, candidate
 * before the committee review, probationary after the approval), which the run checks.
 */

const CASES = Number(process.env['BENCH_DEVELOPMENT_CASES'] ?? 10_000);
const IN_FLIGHT = Number(process.env['BENCH_DEVELOPMENT_CONCURRENCY'] ?? 24);
const BRANCH_COUNT = 30;
const MEMBERS_PER_BRANCH = 12;

const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;
const ROOT = { id: uuid('a000', 1), name: '基准测试林业局党委', kind: 'committee' as const };
const BRANCHES = Array.from({ length: BRANCH_COUNT }, (_, i) => ({
  id: uuid('a000', 100 + i),
  name: `基准第${i + 1}林场党支部`,
  kind: 'branch' as const,
}));
const pathOf = (branch: number) => `/${ROOT.id}/${BRANCHES[branch]!.id}/`;

/** Applicants (b000), branch secretaries (a100), full members (a200), the committee's organiser (a300). */
const applicantId = (i: number) => uuid('b000', i);
const secretaryId = (branch: number) => uuid('a100', branch);
const memberId = (branch: number, k: number) => uuid('a200', branch * 100 + k);
const organiser = { personId: uuid('a300', 1), name: '基准组织部干部' };
const branchOf = (i: number) => i % BRANCH_COUNT;

const secretary = (branch: number): BenchUser => ({
  personId: secretaryId(branch),
  name: `基准书记${branch + 1}`,
  grants: [
    { role: 'secretary', orgId: BRANCHES[branch]!.id, orgPath: pathOf(branch) },
    { role: 'full_member', orgId: BRANCHES[branch]!.id, orgPath: pathOf(branch) },
  ],
});
const committeeUser: BenchUser = {
  personId: organiser.personId,
  name: organiser.name,
  grants: [{ role: 'org_department', orgId: ROOT.id, orgPath: `/${ROOT.id}/` }],
};

function notFound(what: string): ApplicationFailure {
  return ApplicationFailure.create({ type: 'NOT_FOUND', message: `${what} not found`, nonRetryable: true });
}

function orgSnapshot(orgId: string): OrgSnapshot {
  const ref = ({ id, name, kind }: { id: string; name: string; kind: 'committee' | 'branch' }) => ({
    id,
    name,
    kind,
  });
  if (orgId === ROOT.id)
    return {
      ...ref(ROOT),
      path: [ref(ROOT)],
      idPath: `/${ROOT.id}/`,
      dissolved: false,
      approvingCommittee: null,
    };
  const branch = BRANCHES.findIndex((b) => b.id === orgId);
  if (branch < 0) throw notFound(`Organisation ${orgId}`);
  const org = BRANCHES[branch]!;
  return {
    ...ref(org),
    path: [ref(ROOT), ref(org)],
    idPath: pathOf(branch),
    dissolved: false,
    approvingCommittee: ref(ROOT),
  };
}

function personSnapshot(personId: string): PersonSnapshot {
  const group = personId.slice(19, 23);
  const n = Number(personId.slice(24));
  const member = {
    status: 'full' as const,
    admissionDate: '2008-07-01',
    standingDate: '2009-07-01',
    votingRights: true,
  };
  const at = (
    branch: number,
    name: string,
    membership: PersonSnapshot['membership'],
    birthDate: string | null,
  ) => {
    const org = orgSnapshot(BRANCHES[branch]!.id);
    return {
      id: personId,
      name,
      gender: n % 3 === 0 ? ('female' as const) : ('male' as const),
      birthDate,
      org: { id: org.id, name: org.name, kind: org.kind },
      orgPath: org.path,
      membership,
    };
  };
  if (group === 'b000' && n < CASES)
    return at(branchOf(n), `基准申请人${n + 1}`, null, `${1990 + (n % 12)}-0${1 + (n % 9)}-1${n % 10}`);
  if (group === 'a100' && n < BRANCH_COUNT) return at(n, `基准书记${n + 1}`, member, null);
  if (group === 'a200' && Math.floor(n / 100) < BRANCH_COUNT && n % 100 < MEMBERS_PER_BRANCH)
    return at(Math.floor(n / 100), `基准党员${n}`, member, null);
  if (personId === organiser.personId) return at(0, organiser.name, member, null);
  throw notFound(`Person ${personId}`);
}

/** The identity activities the development workflows call, over the synthetic tree; counts what cases record. */
function identityStandIn(recorded: Set<string>) {
  const activities: Pick<
    IdentityActivities,
    'snapshotPerson' | 'snapshotOrg' | 'countExpectedVoters' | 'recordDevelopment' | 'holidayCalendar'
  > = {
    snapshotPerson: async ({ personId }) => personSnapshot(personId),
    snapshotOrg: async ({ orgId }) => orgSnapshot(orgId),
    countExpectedVoters: async ({ branchId, date }) => {
      orgSnapshot(branchId);
      const members = MEMBERS_PER_BRANCH + 1;
      return {
        branchId,
        date,
        fullMembers: members,
        withVotingRights: members,
        excluded: [],
        expected: members,
      };
    },
    recordDevelopment: async ({ personId }) => {
      personSnapshot(personId);
      recorded.add(personId);
    },
    holidayCalendar: async () => [...shippedChinaHolidayData],
  };
  return activities;
}

/** A deterministic spread of case `i` over `0 … n-1`, different for each `salt`. */
const spread = (i: number, salt: number, n: number) => ((i + 1) * 2_654_435_761 + salt * 40_503) % n;
const min = (a: LocalDate, b: LocalDate) => (a < b ? a : b);

/** Every `months` after `from` strictly before `until`. */
function every(months: number, from: LocalDate, until: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let k = 1; addMonths(from, months * k) < until; k++) dates.push(addMonths(from, months * k));
  return dates;
}

type Stage = 'activist' | 'candidate' | 'probationary';

/** Mostly activists and candidates, some in probation. */
const stageOf = (i: number): Stage => {
  const r = spread(i, 1, 100);
  return r < 45 ? 'activist' : r < 85 ? 'candidate' : 'probationary';
};

/**
 * Paper record `i` as a branch officer would enter it: real past dates, every rule met (the talk
 * within a month, a year as activist, two sponsors, review, training, a passed vote and an
 * approval within three months), thought reports every three months and assessments every six
 * (every three in probation) up to today — except one record in ten, whose entries stopped
 * months ago, so that some clocks are overdue, as in any real migration.
 */
function paperCase(i: number, today: LocalDate): MigrateCaseInput {
  const branch = branchOf(i);
  const stage = stageOf(i);
  const talker = { personId: secretaryId(branch), name: `基准书记${branch + 1}` };
  const m = (k: number) => ({ personId: memberId(branch, (i + k) % MEMBERS_PER_BRANCH) });
  const ago = (months: number, days: number) => addDays(addMonths(today, -months), -days);
  const until = spread(i, 15, 10) === 0 ? addMonths(today, -5) : addDays(today, 1);

  let meeting: LocalDate | null = null;
  let candidate: LocalDate | null = null;
  let activist: LocalDate;
  if (stage === 'activist') activist = ago(1 + spread(i, 2, 10), spread(i, 3, 25));
  else if (stage === 'candidate') {
    candidate = ago(1 + spread(i, 4, 5), spread(i, 5, 25));
    activist = addMonths(candidate, -(12 + spread(i, 6, 6)));
  } else {
    meeting = ago(1 + spread(i, 7, 9), spread(i, 8, 25));
    candidate = addMonths(meeting, -(2 + spread(i, 9, 3)));
    activist = addMonths(candidate, -(13 + spread(i, 10, 4)));
  }
  const application = addDays(addMonths(activist, -(2 + spread(i, 11, 3))), -spread(i, 12, 20));

  const steps: MigratedStepInput[] = [
    { type: 'talk', date: addDays(application, 5 + spread(i, 13, 20)), talker, note: '了解入党动机' },
    { type: 'decide_activist', date: activist, recommendedBy: ['members'] },
    { type: 'file', date: activist, filing: 'activist' },
    { type: 'assign_mentors', date: activist, mentors: [m(0), m(1)] },
  ];
  if (candidate) {
    steps.push(
      {
        type: 'decide_candidate',
        date: candidate,
        opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
        publicNotice: { from: addWorkingDays(candidate, -7), to: candidate },
      },
      { type: 'file', date: candidate, filing: 'candidate' },
      { type: 'fix_sponsors', date: candidate, sponsors: [m(2), m(3)] },
      { type: 'political_review', date: candidate, passed: true, note: '政治审查合格' },
      {
        type: 'concentrated_training',
        date: candidate,
        from: addDays(candidate, -2),
        days: 3,
        hours: 24,
        provider: '局党委党校',
      },
    );
  }
  let approval: LocalDate | null = null;
  if (meeting) {
    approval = min(addDays(meeting, 14 + spread(i, 14, 30)), today);
    const oath = addDays(approval, 7);
    steps.push(
      { type: 'committee_review', date: meeting },
      { type: 'pre_review_result', date: meeting, passed: true },
      { type: 'application_form', date: meeting },
      {
        type: 'admission_meeting',
        date: meeting,
        vote: { votingMembers: MEMBERS_PER_BRANCH + 1, present: 11, yes: 10, no: 1, abstain: 0 },
      },
      { type: 'approval_talk', date: meeting, talker: organiser, note: '谈话合格' },
      { type: 'approval_decision', date: approval, approved: true },
      { type: 'placement', date: approval, partyGroup: '第一党小组' },
      ...(oath <= today ? [{ type: 'oath' as const, date: oath, heldBy: 'branch' as const }] : []),
    );
  }
  const periodic: MigratedStepInput[] = [
    ...every(3, activist, until).map((date) => ({ type: 'thought_report' as const, date })),
    ...every(6, activist, min(meeting ?? until, until)).map((date) => ({
      type: 'assessment' as const,
      date,
      note: '考察合格',
    })),
    ...(approval ? every(3, approval, until) : []).map((date) => ({
      type: 'assessment' as const,
      date,
      note: '预备期考察合格',
    })),
  ];
  // In date order; on the same day, the record's own steps first.
  const dated = (step: MigratedStepInput) => ('date' in step ? step.date : '');
  const ordered = [...steps.map((step) => [step, 0] as const), ...periodic.map((step) => [step, 1] as const)];
  ordered.sort(([a, ka], [b, kb]) => dated(a).localeCompare(dated(b)) || ka - kb);
  return {
    personId: applicantId(i),
    applicationDate: application,
    note: '纸质档案录入',
    steps: ordered.map(([step]) => step),
  };
}

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

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** `npm run bench -- development`: migration at size, open workflows and their memory, the board and deadlines. */
export async function developmentBenchmark(report: (line: string) => void): Promise<void> {
  const stack = await ServiceStack.start('development', (dataDir) => ({ FILES_DIR: join(dataDir, 'files') }));
  const recorded = new Set<string>();
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const identity = await Worker.create({
    connection,
    taskQueue: IDENTITY_TASK_QUEUE,
    activities: identityStandIn(recorded),
  });
  const identityRun = identity.run();
  const db = new PgClient({ connectionString: stack.databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  try {
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
  } finally {
    await db.end();
    identity.shutdown();
    await identityRun;
    await connection.close();
    await stack.stop();
  }
}
