import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { shippedChinaHolidayData } from '@bastion/calendar';
import type { IdentityActivities, OrgSubtreeNode } from '@bastion/identity-contracts';
import type { Grant } from '@bastion/platform-auth';
import { importSheet } from '@bastion/rectification-contracts/testing';
import { BRANCHES, benchId, pathOf, ROOT } from './bench-tree';
import { besideTheStack, waitUntil } from './beside-the-stack';
import { memoryOf, mib, serviceProcess, temporalServerPid } from './process-stats';
import { type BenchUser, ServiceStack } from './service-stack';
import { summarise, timeSequential } from './stats';

const TREE: OrgSubtreeNode[] = [
  { id: ROOT.id, name: ROOT.name, kind: 'committee', idPath: `/${ROOT.id}/`, depth: 0 },
  ...BRANCHES.map((b, i) => ({ id: b.id, name: b.name, kind: b.kind, idPath: pathOf(i), depth: 1 })),
];

const grants: Grant[] = [{ role: 'inspection_office', orgId: ROOT.id, orgPath: `/${ROOT.id}/` }];
const inspector: BenchUser = { personId: benchId('a000', 900), name: '基准巡察', grants };

/** The identity service's activities over the benchmark's one committee and 30 branches. */
function identityStandIn(): Pick<
  IdentityActivities,
  'orgSubtree' | 'snapshotOrg' | 'resolveRoleHolders' | 'holidayCalendar'
> {
  const node = (orgId: string) => {
    const found = TREE.find((o) => o.id === orgId);
    if (!found) throw new Error(`no org ${orgId}`);
    return found;
  };
  return {
    orgSubtree: async ({ orgId }) => TREE.filter((o) => o.idPath.startsWith(node(orgId).idPath)),
    snapshotOrg: async ({ orgId }) => {
      const org = node(orgId);
      const path = TREE.filter((o) => org.idPath.startsWith(o.idPath)).map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
      }));
      return { ...path.at(-1)!, path, idPath: org.idPath, dissolved: false, approvingCommittee: null };
    },
    resolveRoleHolders: async () => [],
    holidayCalendar: async () => [...shippedChinaHolidayData],
  };
}

function http(stack: ServiceStack) {
  const token = stack.tokenFor(inspector);
  return async (
    method: string,
    path: string,
    body?: unknown,
    raw?: { type: string; data: Buffer; name: string },
  ) => {
    let payload: FormData | string | undefined;
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (raw) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(raw.data)], { type: raw.type }), raw.name);
      payload = form;
    } else if (body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers,
      body: payload,
      signal: AbortSignal.timeout(600_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

/** A finding batch of `rows` items as an officer would fill in the template. */
function spreadsheet(rows: number): Promise<Buffer> {
  return importSheet(
    Array.from({ length: rows }, (_, i) => ({
      问题: `基准问题${i + 1}：支部“三会一课”记录不全，组织生活会查摆问题不深不透`,
      问题类别: '组织建设',
      严重程度: i % 10 === 0 ? '较重' : '一般',
      整改措施: '建立会议记录月检制度，逐项对照整改',
      整改目标: '记录完整规范',
      责任单位: BRANCHES[i % BRANCHES.length]!.name,
      配合单位: '党委办公室、组织部',
      整改时限: `2027-0${1 + (i % 9)}-15`,
      不予公开: i % 50 === 0 ? '是' : '否',
      立行立改: '否',
    })),
  );
}

/** `npm run bench` — the rectification service: import, starts, open workflows, list queries at size. */
export async function rectificationBenchmark(report: (line: string) => void): Promise<void> {
  const stack = await ServiceStack.start('rectification', (dataDir) => ({
    FILES_DIR: join(dataDir, 'files'),
  }));
  await besideTheStack(stack, identityStandIn(), async (db) => {
    const call = http(stack);
    const created = await call('POST', '/batches', {
      source: 'inspection_patrol',
      title: '基准测试巡察反馈',
      feedbackDate: '2026-11-01',
      inspectedOrgId: ROOT.id,
      idempotencyKey: randomUUID(),
    });
    if (created.status !== 201 && created.status !== 200)
      throw new Error(`batch: ${created.status} ${JSON.stringify(created.body)}`);
    const batchId = (created.body['row'] as { id: string }).id;

    // (a) Import of a 10,000-item spreadsheet, which registers every item and starts its workflow.
    const rows = 10_000;
    const file = await spreadsheet(rows);
    const apiPid = serviceProcess(stack.api.process.pid);
    const before = memoryOf(apiPid);
    const started = performance.now();
    const imported = await call('POST', `/batches/${batchId}/import`, undefined, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data: file,
      name: 'batch.xlsx',
    });
    const importSeconds = (performance.now() - started) / 1000;
    if (imported.status !== 201 && imported.status !== 200)
      throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body).slice(0, 500)}`);
    const after = memoryOf(apiPid);
    report(
      `(a) import of a ${rows.toLocaleString('en')}-row spreadsheet (${(file.length / 1024 / 1024).toFixed(1)} MiB): ${importSeconds.toFixed(1)} s, ` +
        `${(rows / importSeconds).toFixed(0)} items/s incl. workflow starts; API process ${before?.rss.toFixed(0)} MiB before, peak ${after?.peak.toFixed(0)} MiB`,
    );

    // (b) Every workflow running and on record: the first write of each item workflow is its version 1.
    const running = await waitUntil(async () => {
      const {
        rows: [r],
      } = await db.query(`SELECT count(*)::int AS n FROM rectification.item WHERE version >= 1`);
      return r.n >= rows;
    }, 900_000);
    const runningSeconds = (performance.now() - started) / 1000;
    report(
      `(b) ${rows.toLocaleString('en')} item workflows started and on record ${running ? '' : '(NOT all) '}${runningSeconds.toFixed(1)} s after the upload: ` +
        `${(rows / runningSeconds).toFixed(0)} workflows/s`,
    );
    report(
      `(b) with them all open: Temporal dev server ${mib(memoryOf(temporalServerPid(stack.temporalAddress)))}; worker ${mib(memoryOf(serviceProcess(stack.worker.process.pid)))}`,
    );
    const { rows: some } = await db.query(`SELECT id FROM rectification.item ORDER BY random() LIMIT 60`);
    const updates = await timeSequential(some.length, async (i) => {
      const res = await call('POST', `/items/${some[i].id}/actions`, {
        type: 'named_supervision',
        idempotencyKey: randomUUID(),
        on: true,
        note: '列入挂牌督办',
      });
      if (res.status !== 200 && res.status !== 201)
        throw new Error(`named supervision: ${res.status} ${JSON.stringify(res.body)}`);
    });
    report(summarise('(b) 挂牌督办 (an Update) with 10,000 open', updates));

    // (c) The task list at 200,000 items: the imported ones and 190,000 more written as the read model holds them.
    const seeded = performance.now();
    await db.query(
      `
      INSERT INTO rectification.item
      SELECT gen_random_uuid(), 'ZGB-' || lpad(g::text, 7, '0'), t.batch_id, t.source, t.problem || g, t.category, t.seriousness,
        t.measures, t.target, b.id, b.name, b.path, t.owner_person_id, t.owner_name, t.leader_person_id, t.leader_name,
        t.supporting_units, (ARRAY['registered','assigned','in_progress','acceptance','closed'])[1 + g % 5], t.round, t.reopened,
        t.fixed_on_spot, t.named_supervision, DATE '2026-12-01' + (g % 400), DATE '2026-12-01' + (g % 400),
        DATE '2026-12-01' + (g % 400) - 7, t.progress, t.evidence_count, t.closed_on, t.exempt, t.record, t.version,
        t.registered_at, t.updated_at
      FROM generate_series(1, 190000) g
      CROSS JOIN LATERAL (SELECT * FROM rectification.item LIMIT 1) t
      CROSS JOIN LATERAL (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS name, unnest($3::text[]) AS path OFFSET (g % 30) LIMIT 1) b`,
      [BRANCHES.map((b) => b.id), BRANCHES.map((b) => b.name), BRANCHES.map((_, i) => pathOf(i))],
    );
    await db.query('VACUUM ANALYZE rectification.item');
    const {
      rows: [{ n }],
    } = await db.query(`SELECT count(*)::int AS n FROM rectification.item`);
    report(
      `(c) ${Number(n).toLocaleString('en')} items in the read model (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`,
    );
    const list = async (query: string) => {
      const res = await call('GET', `/items?${query}`);
      if (res.status !== 200) throw new Error(`list: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    report(
      summarise(
        '(c) task list page 1 (committee scope)',
        await timeSequential(100, () => list('view=task&limit=20').then(() => undefined)),
      ),
    );
    report(
      summarise(
        '(c) task list page 1, red only',
        await timeSequential(100, () => list('view=task&limit=20&light=red').then(() => undefined)),
      ),
    );
    report(
      summarise(
        '(c) search by problem text',
        await timeSequential(50, () => list('view=task&limit=20&q=基准问题77').then(() => undefined)),
      ),
    );
    let cursor = '';
    for (let page = 1; page < 1000; page++)
      cursor = (await list(`view=task&limit=20${cursor ? `&cursor=${cursor}` : ''}`))['nextCursor'] as string;
    report(
      summarise(
        '(c) task list page 1,000 by cursor',
        await timeSequential(100, () => list(`view=task&limit=20&cursor=${cursor}`).then(() => undefined)),
      ),
    );
    report(
      summarise(
        '(c) counts by light and status',
        await timeSequential(50, async () => {
          const res = await call('GET', '/items/counts');
          if (res.status !== 200) throw new Error(`counts: ${res.status}`);
        }),
      ),
    );
  });
}
