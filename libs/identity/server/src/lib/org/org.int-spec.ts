import { smallForestSuite } from '../../testing/small-forest-suite';

describe('the organisation tree', () => {
  const { t, org, signIn, users } = smallForestSuite('org', {
    admin: 'admin',
    bureau: 'bureauorgdept',
    member: 'farmamember1',
  });

  it('lists the top nodes the caller can see', async () => {
    const all = await users.admin.get('/orgs?level=root');
    expect(all.body.items.map((o: { name: string }) => o.name).sort()).toEqual(
      ['另一集团党委', '测试森工集团党委'].sort(),
    );
    const mine = await users.bureau.get('/orgs?level=root');
    expect(mine.body.items.map((o: { name: string }) => o.name)).toEqual(['测试林业局党委']);
    expect(mine.body.items[0].childCount).toBe(2);
  });

  it('lists children, searches by name and pages by keyset', async () => {
    const children = await users.admin.get(`/orgs?parentId=${org('farms')}`);
    expect(children.body.items.map((o: { name: string }) => o.name)).toEqual([
      '乙林场党支部',
      '甲林场党支部',
    ]);
    const found = await users.admin.get(`/orgs?q=${encodeURIComponent('林场')}`);
    expect(found.body.total).toBe(4);
    const first = await users.admin.get(`/orgs?q=${encodeURIComponent('林场')}&limit=3`);
    const second = await users.admin.get(
      `/orgs?q=${encodeURIComponent('林场')}&limit=3&cursor=${first.body.nextCursor}`,
    );
    expect(first.body.items).toHaveLength(3);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect(new Set([...first.body.items, ...second.body.items].map((o: { id: string }) => o.id)).size).toBe(
      4,
    );
  });

  it('shows a node with its path, members, approver and threshold warnings', async () => {
    const farmA = await users.admin.get(`/orgs/${org('farmA')}`);
    expect(farmA.status).toBe(200);
    expect(farmA.body.path.map((p: { name: string }) => p.name)).toEqual([
      '测试森工集团党委',
      '测试林业局党委',
      '测试林场党总支',
      '甲林场党支部',
    ]);
    expect(farmA.body.memberCounts).toEqual({ full: 7, probationary: 1 });
    expect(farmA.body.approvingCommittee).toEqual(
      expect.objectContaining({ name: '测试林业局党委', inherited: true }),
    );
    expect(farmA.body.warnings.map((w: { code: string }) => w.code)).toEqual(['BRANCH_COMMITTEE_MISSING']);
    const village = await users.admin.get(`/orgs/${org('village')}`);
    // The township committee may not approve, so the group committee above it does.
    expect(village.body.approvingCommittee.name).toBe('测试森工集团党委');
    expect(village.body.warnings.map((w: { code: string }) => w.code)).toContain('BRANCH_TOO_SMALL');
  });

  it('creates a branch under a general branch and records it', async () => {
    const created = await users.bureau.post('/orgs', {
      parentId: org('farms'),
      kind: 'branch',
      name: '丙林场党支部',
    });
    expect(created.status).toBe(201);
    const detail = await users.bureau.get(`/orgs/${created.body.id}`);
    expect(detail.body.path.at(-2).name).toBe('测试林场党总支');
    const history = await users.bureau.get(`/orgs/${created.body.id}/history`);
    expect(history.body.items).toEqual([expect.objectContaining({ kind: 'created', actorName: '林组织' })]);
  });

  it.each([
    ['a general branch under a general branch', 'farms', 'general_branch', '党总支只能设在党委之下。'],
    ['a branch under a branch', 'farmA', 'branch', '党支部只能设在党委或党总支之下。'],
    [
      'a committee under a general branch',
      'farms',
      'committee',
      '党委只能设在组织树的最上层或另一个党委之下。',
    ],
    ['a party group under a committee', 'bureau', 'party_group', '党小组只能设在党支部之下。'],
  ])(
    'refuses %s, saying where it may be placed in the caller’s language',
    async (_label, parent, kind, zh) => {
      const body = { parentId: org(parent), kind, name: '不该存在' };
      const refused = await users.admin.post('/orgs', body);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'INVALID_ORG_STRUCTURE', reason: zh });
      expect(refused.body.details).toEqual([{ field: 'parentId', problem: zh }]);
      const english = await users.admin.inLanguage('en-US').post('/orgs', body);
      expect(english.body.reason).toMatch(
        /^An? [a-z ]+ can only be placed (at the top of the tree or )?under a/,
      );
    },
  );

  it('only lets an administrator create a top node', async () => {
    expect(
      (await users.bureau.post('/orgs', { parentId: null, kind: 'committee', name: '新集团党委' })).status,
    ).toBe(403);
    expect(
      (await users.admin.post('/orgs', { parentId: null, kind: 'committee', name: '新集团党委' })).status,
    ).toBe(201);
  });

  it('sets an approving committee only to a committee above with authority', async () => {
    const village = await users.admin.get(`/orgs/${org('village')}`);
    const township = await users.admin.patch(`/orgs/${org('village')}`, {
      version: village.body.version,
      approvingCommitteeId: org('township'),
    });
    expect(township.status).toBe(400);
    expect(township.body.code).toBe('INVALID_APPROVER');
    const elsewhere = await users.admin.patch(`/orgs/${org('farmA')}`, {
      version: 1,
      approvingCommitteeId: org('other'),
    });
    expect(elsewhere.body.code).toBe('INVALID_APPROVER');
    const farmA = await users.admin.get(`/orgs/${org('farmA')}`);
    const ok = await users.admin.patch(`/orgs/${org('farmA')}`, {
      version: farmA.body.version,
      approvingCommitteeId: org('group'),
    });
    expect(ok.status).toBe(204);
    const after = await users.admin.get(`/orgs/${org('farmA')}`);
    expect(after.body.approvingCommittee).toEqual(
      expect.objectContaining({ name: '测试森工集团党委', inherited: false }),
    );
  });

  it('refuses an edit made on a stale version', async () => {
    const mill = await users.admin.get(`/orgs/${org('mill')}`);
    expect(
      (await users.admin.patch(`/orgs/${org('mill')}`, { version: mill.body.version, name: '木材厂党支部' }))
        .status,
    ).toBe(204);
    const stale = await users.admin.patch(`/orgs/${org('mill')}`, {
      version: mill.body.version,
      name: '又改名',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  /** Moves a node under another, at the version it has now. */
  async function move(key: string, under: string) {
    const node = await users.admin.get(`/orgs/${org(key)}`);
    return users.admin.post(`/orgs/${org(key)}/move`, {
      newParentId: org(under),
      version: node.body.version,
    });
  }
  const pathOf = async (key: string) =>
    (await users.admin.get(`/orgs/${org(key)}`)).body.path.map((p: { name: string }) => p.name);

  it('moves a subtree, keeping its children under it', async () => {
    expect((await move('farmB', 'bureau')).status).toBe(204);
    expect(await pathOf('farmB')).toEqual(['测试森工集团党委', '测试林业局党委', '乙林场党支部']);
    const farmA = await users.admin.get(`/orgs/${org('farmA')}`);
    expect((await move('farms', 'township')).status).toBe(204);
    expect(await pathOf('groupA')).toEqual([
      '测试森工集团党委',
      '测试镇党委',
      '测试林场党总支',
      '甲林场党支部',
      '甲林场第一党小组',
    ]);
    expect(farmA.status).toBe(200);
    const history = await users.admin.get(`/orgs/${org('farms')}/history`);
    expect(history.body.items[0]).toEqual(
      expect.objectContaining({
        kind: 'moved',
        before: expect.objectContaining({ parentName: '测试林业局党委' }),
      }),
    );
  });

  it('refuses to move a node inside itself', async () => {
    expect((await move('farms', 'farmA')).status).toBe(400);
  });

  it('dissolves only an empty node, keeps it with its history, and ends its offices', async () => {
    const farmA = await users.admin.get(`/orgs/${org('farmA')}`);
    const busy = await users.admin.post(`/orgs/${org('farmA')}/dissolve`, {
      reason: '合并',
      version: farmA.body.version,
    });
    expect(busy.status).toBe(409);
    expect(busy.body.code).toBe('ORG_NOT_EMPTY');
    const groupA = await users.admin.get(`/orgs/${org('groupA')}`);
    const done = await users.admin.post(`/orgs/${org('groupA')}/dissolve`, {
      reason: '党小组调整',
      date: '2026-06-30',
      version: groupA.body.version,
    });
    expect(done.status).toBe(204);
    const after = await users.admin.get(`/orgs/${org('groupA')}`);
    expect(after.body).toEqual(expect.objectContaining({ dissolved: true, dissolvedReason: '党小组调整' }));
    const offices = await t.db.query(`SELECT to_date::text FROM identity.office WHERE org_id = $1`, [
      org('groupA'),
    ]);
    expect(offices).toEqual([{ to_date: '2026-06-30' }]);
    const listed = await users.admin.get(`/orgs?parentId=${org('farmA')}`);
    expect(listed.body.items).toEqual([]);
    const withDissolved = await users.admin.get(`/orgs?parentId=${org('farmA')}&includeDissolved=true`);
    expect(withDissolved.body.items).toHaveLength(1);
  });

  it('lets a member see their own branch but change nothing', async () => {
    // Tokens carry the org paths of the moment they were issued (5 minutes at most); the moves
    // above changed this member's path, so sign in afresh.
    users.member = await signIn('farmamember1');
    expect((await users.member.get(`/orgs/${org('farmA')}`)).status).toBe(200);
    expect((await users.member.get(`/orgs/${org('farmB')}`)).status).toBe(404);
    const farmA = await users.member.get(`/orgs/${org('farmA')}`);
    expect(
      (
        await users.member.patch(`/orgs/${org('farmA')}`, {
          version: farmA.body.version,
          name: 'x'.repeat(5),
        })
      ).status,
    ).toBe(403);
  });
});
