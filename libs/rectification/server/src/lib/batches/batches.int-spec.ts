import { addMonths, parseLocalDate } from '@bastion/calendar';
import { defaultSourceConfig } from '@bastion/rectification-contracts';
import {
  ADMIN,
  directory,
  expectHealthAndDocs,
  startedForSuite,
  type TestClient,
} from '@bastion/platform-service-testing';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import { action, decide, eventually, inDays, openBatch } from '../../testing/fixtures';
import { filledTemplate, sheetValues, type ImportRowInput } from '../../testing/import-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const goodRows: ImportRowInput[] = [
  {
    problem: '发展党员程序不规范',
    category: '组织建设',
    seriousness: '较重',
    org: '甲林场党支部',
    deadline: inDays(60),
  },
  {
    problem: '党费收缴不及时',
    category: 'organisational',
    seriousness: '一般',
    org: '乙林场党支部',
    measures: '按月收缴',
  },
  { problem: '违规发放津贴', category: '纪律建设', seriousness: '严重', org: '测试林业局党委', exempt: '是' },
  {
    problem: '学习记录缺失',
    category: '思想建设',
    seriousness: '一般',
    org: '木材加工厂党支部',
    fixedOnSpot: '是',
    fixedOnSpotNote: '已当场补记',
  },
  {
    problem: '党费收缴不及时',
    category: 'organisational',
    seriousness: '一般',
    org: '乙林场党支部',
    measures: '按月收缴',
  },
];

describe('batches', () => {
  const t = startedForSuite(() => startRectificationTestApp('batches'));
  const itemCount = async (batchId: string) =>
    (await t.as('inspectionWu').get(`/items/counts?batchId=${batchId}`)).body.total as number;

  it('serves its health and its OpenAPI document', async () => {
    await expectHealthAndDocs(t, [
      '/api/rectification/batches',
      '/api/rectification/batches/{id}/import',
      '/api/rectification/items/{id}/actions',
      '/api/rectification/export.xlsx',
      '/api/rectification/board',
      '/api/rectification/files',
    ]);
  });

  it('opens a batch over a supervised organisation with its report deadline, once per idempotency key', async () => {
    const body = { idempotencyKey: 'open-batch-0001', feedbackDate: '2026-01-31' };
    const first = await openBatch(t, body);
    const again = await openBatch(t, body);
    expect(again.row.id).toBe(first.row.id);
    expect(first.row).toMatchObject({
      number: expect.stringMatching(/^PC\d{4}-\d{4}$/),
      source: 'inspection_patrol',
      feedbackDate: '2026-01-31',
      // 巡察: three months, clamped to the month's end.
      reportDeadline: addMonths(parseLocalDate('2026-01-31'), 3),
      inspectedOrg: { id: directory.org('bureau').id, name: '测试林业局党委' },
      status: 'open',
      itemCount: 0,
    });
    expect(first.canSupervise).toBe(true);
    expect(first.record.events.map((e: { kind: string }) => e.kind)).toEqual(['created']);
  });

  it('refuses a batch over an organisation the caller does not supervise, or none at all', async () => {
    const other = await t.as('inspectionWu').post('/batches', {
      source: 'audit',
      title: '审计',
      feedbackDate: inDays(0),
      inspectedOrgId: directory.org('otherBranch').id,
    });
    expect(other.status).toBe(403);
    const none = await t.as('inspectionWu').post('/batches', {
      source: 'audit',
      title: '审计',
      feedbackDate: inDays(0),
      inspectedOrgId: '00000000-0000-4000-8000-00000000ffff',
    });
    expect([none.status, none.body.details]).toEqual([
      400,
      [expect.objectContaining({ field: 'inspectedOrgId' })],
    ]);
  });

  it('lists the batches a caller may see, filtered and page by page', async () => {
    const own = await openBatch(
      t,
      { source: 'self_inspection', title: '甲林场支部自查', inspectedOrgId: directory.org('farmA').id },
      'farmASecretary',
    );
    const ids = (path: string, who: 'inspectionWu' | 'farmASecretary' | 'farmBSecretary' = 'inspectionWu') =>
      t
        .as(who)
        .get(`/batches${path}`)
        .then((r) => r.body.items.map((b: { id: string }) => b.id));
    expect(await ids('?source=self_inspection')).toEqual([own.row.id]);
    expect(await ids(`?orgId=${directory.org('farmA').id}`)).toEqual([own.row.id]);
    expect(await ids(`?q=${encodeURIComponent(own.row.number)}`)).toEqual([own.row.id]);
    expect(await ids('', 'farmASecretary')).toEqual([own.row.id]);
    expect(await ids('', 'farmBSecretary')).toEqual([]);
    const all = await t.as('inspectionWu').get('/batches');
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.as('inspectionWu').get(`/batches?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.total).toBe(all.body.total);
      paged.push(...page.body.items.map((b: { id: string }) => b.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all.body.items.map((b: { id: string }) => b.id));
  });

  describe('import', () => {
    let batchId: string;
    beforeAll(async () => {
      batchId = (await openBatch(t, { title: '导入测试批次' })).row.id;
    });

    it('offers a template with the columns and the organisations', async () => {
      const template = await t.as('inspectionWu').download(`/batches/${batchId}/import-template`);
      expect(template.status).toBe(200);
      expect(template.headers.get('content-type')).toBe(XLSX);
      const [header] = await sheetValues(template.bytes);
      expect(header).toEqual(expect.arrayContaining(['问题\nProblem', '责任单位\nResponsible organisation']));
    });

    it('imports nothing from a file with bad rows, and lists every problem of every bad row', async () => {
      const file = await filledTemplate([
        goodRows[0]!,
        { problem: '', category: '其它类', seriousness: '一般', org: '甲林场党支部' },
        {
          problem: '问题',
          category: '组织建设',
          seriousness: '一般',
          org: '不存在的支部',
          deadline: '明年',
        },
      ]);
      const refused = await t
        .as('inspectionWu')
        .upload('问题清单.xlsx', XLSX, file, 'file', `/batches/${batchId}/import`);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('IMPORT_INVALID');
      expect(refused.body.reason).toBe('共 3 行，其中 2 行有误，未导入任何事项。');
      expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual([
        'row 3/category',
        'row 3/problem',
        'row 4/org',
        'row 4/deadline',
      ]);
      expect(await itemCount(batchId)).toBe(0);
    });

    it('lists at most 500 problems and says how many more there are', async () => {
      const bad = Array.from({ length: 300 }, (_, i) => ({
        problem: `问题${i}`,
        category: '无',
        seriousness: '无',
        org: '甲林场党支部',
      }));
      const upload = (as: TestClient) =>
        as.upload('问题清单.xlsx', XLSX, file, 'file', `/batches/${batchId}/import`);
      const file = await filledTemplate(bad);
      const refused = await upload(t.as('inspectionWu'));
      expect(refused.status).toBe(400);
      expect(refused.body.details).toHaveLength(500);
      expect(refused.body.reason).toBe(
        '共 300 行，其中 300 行有误，未导入任何事项。以下列出前 500 个问题，另有 100 个未列出。',
      );
      const inEnglish = await upload(t.as('inspectionWu').inLanguage('en-US'));
      expect(inEnglish.body.reason).toBe(
        '300 of 300 rows are not valid; nothing was imported. The first 500 problems are listed; 100 more are not.',
      );
    });

    it('refuses what is not a spreadsheet', async () => {
      const pdf = await t
        .as('inspectionWu')
        .upload('问题清单.pdf', 'application/pdf', '%PDF-1.7\n', 'file', `/batches/${batchId}/import`);
      expect(pdf.status).toBe(415);
    });

    it('imports every row of a good file, and nothing twice when it comes again', async () => {
      const file = await filledTemplate(goodRows);
      const imported = await t
        .as('inspectionWu')
        .upload('问题清单.xlsx', XLSX, file, 'file', `/batches/${batchId}/import`);
      expect([imported.status, imported.body]).toEqual([200, { imported: 5 }]);
      const again = await t
        .as('inspectionWu')
        .upload('问题清单.xlsx', XLSX, file, 'file', `/batches/${batchId}/import`);
      expect([again.status, again.body]).toEqual([200, { imported: 0 }]);
      expect(await itemCount(batchId)).toBe(5);
      const rows = (await t.as('inspectionWu').get(`/items?batchId=${batchId}&sort=number&limit=10`)).body
        .items;
      expect(rows.map((r: { org: { name: string } }) => r.org.name).sort()).toEqual(
        ['乙林场党支部', '乙林场党支部', '木材加工厂党支部', '测试林业局党委', '甲林场党支部'].sort(),
      );
      expect(rows.find((r: { fixedOnSpot: boolean }) => r.fixedOnSpot)).toMatchObject({ status: 'closed' });
      // Every imported item's workflow runs and writes its record.
      await eventually(
        () =>
          t.db.query(
            `SELECT count(*)::int AS n FROM rectification.item WHERE batch_id = $1 AND version >= 1`,
            [batchId],
          ),
        (r: { n: number }[]) => r[0]!.n === 5,
        'every imported workflow on record',
      );
    });

    it('makes a report whose public edition leaves out exempt items', async () => {
      const internal = await t.as('inspectionWu').get(`/batches/${batchId}/report`);
      const published = await t.as('inspectionWu').get(`/batches/${batchId}/report?edition=public`);
      expect(internal.body).toMatchObject({
        edition: 'internal',
        exemptCount: 0,
        report: null,
        signature: null,
      });
      expect(internal.body.items).toHaveLength(5);
      expect(published.body).toMatchObject({ edition: 'public', exemptCount: 1 });
      expect(published.body.items.map((i: { problem: string }) => i.problem)).not.toContain('违规发放津贴');
      expect(published.body.items).toHaveLength(4);
    });
  });

  it('has its report signed by the principal leader, then closes', async () => {
    const batch = await openBatch(t, { title: '签批测试批次' });
    const submit = (files: unknown[]) =>
      t
        .as('inspectionWu')
        .post(
          `/batches/${batch.row.id}/actions`,
          action('submit_report', { report: '整改情况报告正文', leaderReport: '主要负责人报告', files }),
        );
    const theirs = await t.as('farmsSecretary').upload('别人的附件.pdf', 'application/pdf', '%PDF-1.7\n附件');
    const refused = await submit([theirs.body]);
    expect([refused.status, refused.body.details]).toEqual([
      400,
      [expect.objectContaining({ field: 'files.0' })],
    ]);
    const annex = await t.as('inspectionWu').upload('整改台账附件.pdf', 'application/pdf', '%PDF-1.7\n附件');
    const submitted = await submit([{ ...annex.body, name: '改过的名字.pdf' }]);
    expect(submitted.status).toBe(200);
    expect(submitted.body.row.status).toBe('signing');
    expect(submitted.body.record.report.files).toEqual([annex.body]);
    // On the batch's report, the annex is anyone's who may see the batch.
    expect((await t.as('groupSecretary').download(`/files/${annex.body.id}`)).status).toBe(200);
    expect((await t.as('farmsSecretary').download(`/files/${annex.body.id}`)).status).toBe(404);
    expect(await decide(t, submitted.body.record.pendingRequestId, 'approve', true)).toBe('approved');
    const signed = await eventually(
      () => t.as('inspectionWu').get(`/batches/${batch.row.id}`),
      (r) => r.body.row.status === 'signed',
      'report signed',
    );
    // Nobody holds the bureau's secretaryship in the test directory: the route escalates to the group's.
    expect(signed.body.record.signature.leader).toEqual(directory.ref('groupSecretary'));
    const closed = await t
      .as('inspectionWu')
      .post(`/batches/${batch.row.id}/actions`, action('close', { note: '整改完成' }));
    expect([closed.status, closed.body.row.status]).toEqual([200, 'closed']);
    const report2 = await t.as('inspectionWu').get(`/batches/${batch.row.id}/report`);
    expect(report2.body.report).toMatchObject({
      report: '整改情况报告正文',
      submittedBy: directory.ref('inspectionWu'),
    });
  });

  it('takes source configuration from administrators only, for batches opened after', async () => {
    const sources = await t.as('farmASecretary').get('/sources');
    expect(sources.body.items).toHaveLength(6);
    expect(sources.body.items.find((s: { source: string }) => s.source === 'audit')).toMatchObject({
      isDefault: true,
    });
    const config = { ...defaultSourceConfig('audit'), reportDeadlineMonths: 1 };
    expect((await t.as('inspectionWu').put('/sources/audit', config)).status).toBe(403);
    expect((await t.as(ADMIN).put('/sources/audit', { ...config, reportDeadlineMonths: 0 })).status).toBe(
      400,
    );
    const set = await t.as(ADMIN).put('/sources/audit', config);
    expect(set.body).toMatchObject({ source: 'audit', isDefault: false, updatedBy: '管理员' });
    const audit = await openBatch(t, { source: 'audit', feedbackDate: '2026-01-31' });
    expect(audit.row.reportDeadline).toBe(addMonths(parseLocalDate('2026-01-31'), 1));
    const [{ config: stored }] = await t.db.query(`SELECT config FROM rectification.batch WHERE id = $1`, [
      audit.row.id,
    ]);
    expect(stored).toEqual(config);
  });
});
