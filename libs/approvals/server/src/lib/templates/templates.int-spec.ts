import { type ApprovalsTestApp, startApprovalsTestApp } from '../../testing/approvals-test-app';
import { action, branchToCommittee, createTemplate, submit } from '../../testing/fixtures';
import { ADMIN, startedForSuite } from '@bastion/platform-service-testing';

describe('route templates', () => {
  const t = startedForSuite(() => startApprovalsTestApp('templates'));
  it('are created, changed and archived by administrators only', async () => {
    const body = branchToCommittee();
    expect((await t.as('groupSecretary').post('/templates', body)).status).toBe(403);
    const created = await t.as(ADMIN).post('/templates', body);
    expect(created.status).toBe(201);
    const template = await t.as('submitter').get(`/templates/${created.body.id}`);
    expect(template.status).toBe(200);
    expect(template.body).toMatchObject({
      name: body.name,
      version: 1,
      archived: false,
      updatedBy: '管理员',
    });
    expect(template.body.route.stages[1]).toMatchObject({
      name: '组织部会签',
      rejectPolicy: 'veto',
      cc: [],
    });
    expect(
      (await t.as('groupSecretary').put(`/templates/${created.body.id}`, { ...body, version: 1 })).status,
    ).toBe(403);
    expect((await t.as('groupSecretary').post(`/templates/${created.body.id}/archive`)).status).toBe(403);
    expect((await t.as(ADMIN).get(`/templates/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('refuses a route the engine could not run', async () => {
    const body = branchToCommittee({ onExpiry: { kind: 'auto_approve' } });
    const refused = await t.as(ADMIN).post('/templates', body);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      { field: 'route.stages.1.onExpiry', problem: '路线设置未允许超时自动审批' },
    ]);
  });

  it('keep every version; an edit must name the version it started from (409 otherwise)', async () => {
    const id = await createTemplate(t, branchToCommittee());
    const edited = {
      ...branchToCommittee(),
      name: '通用请示（修订）',
      description: '加了一段说明',
      version: 1,
    };
    const saved = await t.as(ADMIN).put(`/templates/${id}`, edited);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      id,
      version: 2,
      name: '通用请示（修订）',
      description: '加了一段说明',
    });
    const stale = await t.as(ADMIN).put(`/templates/${id}`, edited);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const versions = await t.as(ADMIN).get(`/templates/${id}/versions`);
    expect(versions.body.items.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([
      [2, '通用请示（修订）'],
      [1, '通用请示（支部 → 上级党委）'],
    ]);
    expect((await t.as(ADMIN).get(`/templates/${id}/versions/1`)).body).toMatchObject({
      version: 1,
      name: '通用请示（支部 → 上级党委）',
    });
    expect((await t.as(ADMIN).get(`/templates/${id}/versions/3`)).status).toBe(404);
  });

  it('let a running request keep its version while new requests take the new one', async () => {
    const id = await createTemplate(t, branchToCommittee());
    const running = await submit(t, id);
    const oneStage = branchToCommittee();
    oneStage.route.stages = [oneStage.route.stages[0]!];
    expect(
      (await t.as(ADMIN).put(`/templates/${id}`, { ...oneStage, name: '通用请示（一级）', version: 1 }))
        .status,
    ).toBe(200);
    const fresh = await submit(t, id);

    const old = await t.as('submitter').get(`/requests/${running.id}`);
    expect(old.body.template).toEqual({ id, version: 1, name: '通用请示（支部 → 上级党委）' });
    expect(old.body.stages).toHaveLength(2);
    const now = await t.as('submitter').get(`/requests/${fresh.id}`);
    expect(now.body.template).toEqual({ id, version: 2, name: '通用请示（一级）' });
    expect(now.body.stages).toHaveLength(1);

    // The old request still runs its two stages.
    await t.as('farmASecretary').post(`/requests/${running.id}/actions`, action('approve'));
    expect((await t.as('submitter').get(`/requests/${running.id}`)).body).toMatchObject({
      status: 'running',
      currentStage: 1,
    });
  });

  it('take no new requests once archived, and leave the lists of everyone but administrators', async () => {
    const id = await createTemplate(t, { ...branchToCommittee(), name: '将要归档的模板' });
    expect((await t.as(ADMIN).post(`/templates/${id}/archive`)).status).toBe(204);
    const refused = await t.as('submitter').post('/general-requests', {
      templateId: id,
      title: '关于某事的请示',
      body: '正文',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TEMPLATE_ARCHIVED');
    const names = async (who: Parameters<ApprovalsTestApp['as']>[0], query = '') =>
      (await t.as(who).get(`/templates?limit=100${query}`)).body.items.map((x: { name: string }) => x.name);
    expect(await names('submitter')).not.toContain('将要归档的模板');
    expect(await names(ADMIN)).not.toContain('将要归档的模板');
    expect(await names(ADMIN, '&includeArchived=true')).toContain('将要归档的模板');
    expect(await names('submitter', '&includeArchived=true')).not.toContain('将要归档的模板');
  });

  it('are listed by name, searchable and paged', async () => {
    for (const name of ['分页模板甲', '分页模板乙', '分页模板丙'])
      await createTemplate(t, { ...branchToCommittee(), name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null; total: number } } = await t
        .as('submitter')
        .get(`/templates?q=${encodeURIComponent('分页模板')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.total).toBe(3);
      seen.push(...page.body.items.map((x) => x.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen)).toEqual(new Set(['分页模板甲', '分页模板乙', '分页模板丙']));
  });
});
