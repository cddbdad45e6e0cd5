import { defaultSourceConfig } from '@bastion/rectification-contracts';
import {
  callersOf,
  describeAuthorizationMatrix,
  directory,
  everyoneBut,
  type MatrixRoute,
  type Outcome,
  type TestClient,
} from '@bastion/platform-service-testing';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import { action, inDays, openBatch, registerItem, step } from '../../testing/fixtures';
import { filledTemplate } from '../../testing/import-workbook';

/**
 * Every item and batch route, called by each kind of user on a 巡察 batch of 测试林业局党委 and an
 * item of 甲林场党支部 in it (assigned, its plan under approval with a file of the branch
 * secretary's). The outcomes
 * (ok, 401, 403, 404) are those of `checkAuthorizationMatrix`.
 */
interface Target {
  batch: string;
  item: string;
  file: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The batch: seen by whoever may read the inspected committee's records. */
const batchRead = {
  admin: 'ok',
  inspectionWu: 'ok',
  farmASecretary: 404,
  farmBSecretary: 404,
  farmAMember: 404,
  anonymous: 401,
} satisfies Record<string, Outcome>;

const callers = callersOf(batchRead);
type Caller = (typeof callers)[number];
type Route = MatrixRoute<Caller, Target, TestClient>;

/** Acting on the batch takes a person behind the login. */
const batchWrite: Record<Caller, Outcome> = { ...batchRead, admin: 403 };

/** The item: seen by readers of its branch and above. */
const itemRead: Record<Caller, Outcome> = { ...batchRead, farmASecretary: 'ok' };
/** A supervisor's step: the inspection office and the branch secretary (a secretary supervises too). */
const supervise: Record<Caller, Outcome> = { ...itemRead, admin: 403 };
/** An officer's step: the branch secretary; the inspection office supervises but does not work the item. */
const manage: Record<Caller, Outcome> = { ...supervise, inspectionWu: 403 };

const routes: Route[] = [
  { name: 'GET /batches/:id', call: (c, t) => c.get(`/batches/${t.batch}`), expect: batchRead },
  {
    name: 'GET /batches/:id/report',
    call: (c, t) => c.get(`/batches/${t.batch}/report?edition=public`),
    expect: batchRead,
  },
  { name: 'GET /board?batchId', call: (c, t) => c.get(`/board?batchId=${t.batch}`), expect: batchRead },
  {
    name: 'POST /batches/:id/actions (close)',
    call: (c, t) => c.post(`/batches/${t.batch}/actions`, action('close')),
    expect: batchWrite,
  },
  {
    name: 'POST /batches/:id/items',
    call: (c, t) =>
      c.post(`/batches/${t.batch}/items`, {
        text: { problem: '矩阵测试', category: 'other', seriousness: 'general' },
        orgId: directory.org('farmA').id,
      }),
    expect: batchWrite,
  },
  {
    name: 'POST /batches/:id/items/migrate',
    call: (c, t) =>
      c.post(`/batches/${t.batch}/items/migrate`, {
        text: { problem: '矩阵测试（纸质台账）', category: 'other', seriousness: 'general' },
        orgId: directory.org('farmA').id,
        registeredOn: inDays(0),
        steps: [],
      }),
    expect: batchWrite,
  },
  {
    name: 'GET /batches/:id/import-template',
    call: (c, t) => c.download(`/batches/${t.batch}/import-template`),
    expect: batchWrite,
  },
  {
    name: 'POST /batches/:id/import',
    call: async (c, t) =>
      c.upload(
        '清单.xlsx',
        XLSX,
        await filledTemplate([{ problem: '缺少其他列' }]),
        'file',
        `/batches/${t.batch}/import`,
      ),
    expect: batchWrite,
  },
  { name: 'GET /items/:id', call: (c, t) => c.get(`/items/${t.item}`), expect: itemRead },
  {
    name: 'POST /items/:id/actions (urge)',
    call: (c, t) => c.post(`/items/${t.item}/actions`, action('urge')),
    expect: supervise,
  },
  {
    name: 'POST /items/:id/actions (progress)',
    call: (c, t) => c.post(`/items/${t.item}/actions`, action('progress', { percent: 10, note: '矩阵' })),
    expect: manage,
  },
  {
    name: 'GET /files/:id',
    call: (c, t) => c.download(`/files/${t.file}`),
    expect: itemRead,
  },
  {
    name: 'GET /board?orgId (the branch)',
    call: (c) => c.get(`/board?orgId=${directory.org('farmA').id}`),
    expect: itemRead,
  },
  {
    name: 'POST /batches (over the committee)',
    call: (c) =>
      c.post('/batches', {
        source: 'supervisory_check',
        title: '督查检查',
        feedbackDate: inDays(0),
        inspectedOrgId: directory.org('bureau').id,
      }),
    expect: everyoneBut(callers, 403, { inspectionWu: 'ok', anonymous: 401 }),
  },
  {
    name: 'PUT /sources/:source',
    call: (c) => c.put('/sources/supervisory_check', defaultSourceConfig('supervisory_check')),
    expect: everyoneBut(callers, 403, { admin: 'ok', anonymous: 401 }),
  },
];

describeAuthorizationMatrix(
  'authorization matrix of the rectification service',
  {
    start: () => startRectificationTestApp('rectification_matrix'),
    callers,
    scopes: ['about the batch and its item'],
    routes,
    prepare: async (t) => {
      const batch = (await openBatch(t)).row.id;
      const item = await registerItem(t, batch);
      await step(t, 'inspectionWu', item, 'assign', {
        owner: directory.ref('submitter'),
        leader: directory.ref('farmASecretary'),
        deadline: inDays(30),
      });
      const upload = await t.as('farmASecretary').upload('整改方案.pdf', 'application/pdf', '%PDF-1.7\n方案');
      await step(t, 'farmASecretary', item, 'submit_plan', {
        measures: '措施',
        target: '目标',
        files: [upload.body],
      });
      return {
        client: (caller) => t.client(caller),
        targets: { 'about the batch and its item': { batch, item, file: upload.body.id } },
      };
    },
  },
  ({ service: t, client }) => {
    it('lists only what each caller may see, and nothing without a token', async () => {
      const seen: Record<string, [number, number]> = {};
      for (const caller of callers.filter((c) => c !== 'anonymous')) {
        const items = await client(caller).get('/items');
        const batches = await client(caller).get('/batches');
        seen[caller] = [batches.body.total, items.body.total];
      }
      expect(seen).toEqual({
        admin: [seen['admin']![0], seen['admin']![1]],
        inspectionWu: seen['admin'],
        farmASecretary: [0, seen['inspectionWu']![1]],
        farmBSecretary: [0, 0],
        farmAMember: [0, 0],
      });
      expect(seen['admin']![1]).toBeGreaterThan(0);
      for (const path of ['/items', '/items/counts', '/batches', '/export.xlsx', '/sources']) {
        expect((await t.anonymous().get(path)).status).toBe(401);
      }
    });
  },
);
