import { smallForestSuite } from '../../testing/small-forest-suite';

describe('people and membership', () => {
  const { t, org, person, signIn, users } = smallForestSuite('people', {
    admin: 'admin',
    secretary: 'farmasecretary',
    bureau: 'bureauorgdept',
  });
  /** The branch secretary enters a person of 甲林场党支部 with this name, gender and ID number. */
  const enter = (name: string, gender: 'male' | 'female', idNumber: string) =>
    users.secretary.post('/people', { name, gender, idNumber, orgId: org('farmA') });

  describe('ID numbers', () => {
    it('are masked in every response and never stored in the clear', async () => {
      const created = await enter('郑七', 'female', '320102198511203520');
      expect(created.status).toBe(201);
      const detail = await users.secretary.get(`/people/${created.body.id}`);
      expect(detail.body.idNumberMasked).toBe('320***********3520');
      expect(detail.body.birthDate).toBe('1985-11-20');
      expect(JSON.stringify(detail.body)).not.toContain('320102198511203520');
      const list = await users.admin.get(`/people?q=${encodeURIComponent('郑七')}`);
      expect(JSON.stringify(list.body)).not.toContain('320102198511203520');
      const rows = await t.db.query(`SELECT * FROM identity.person WHERE id = $1`, [created.body.id]);
      expect(JSON.stringify(rows)).not.toContain('320102198511203520');
    });

    it('find a person when searched in full', async () => {
      const found = await users.admin.get('/people?q=110101199003074477');
      expect(found.body.items.map((p: { name: string }) => p.name)).toEqual(['王甲书']);
    });

    it('refuse a duplicate and a bad check character', async () => {
      const duplicate = await enter('重复', 'male', '110101199003074477');
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('DUPLICATE_ID_NUMBER');
      const bad = await enter('错号', 'male', '110101199003074478');
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([
        { field: 'idNumber', problem: 'the check character does not match' },
      ]);
    });

    it('must agree with the gender given', async () => {
      const wrong = await enter('性别', 'male', '320102198511203520');
      expect(wrong.status).toBe(409);
    });

    it('are shown in full only to an administrator who asks, and the asking is recorded', async () => {
      const id = person('farmASecretary');
      const reason = '核对入党申请人档案中的身份信息';
      expect((await users.secretary.post(`/people/${id}/id-number/reveal`, { reason })).status).toBe(403);
      const shown = await users.admin.post(`/people/${id}/id-number/reveal`, { reason });
      expect(shown.body).toEqual({ idNumber: '110101199003074477' });
      const audit = await t.db.query(
        `SELECT detail FROM identity.audit_event WHERE kind = 'id_number_revealed'`,
      );
      expect(audit).toEqual([{ detail: { personId: id, reason } }]);
    });

    it('are not shown for a reason of fewer than ten characters', async () => {
      const id = person('farmASecretary');
      const short = await users.admin.post(`/people/${id}/id-number/reveal`, { reason: '核对档案' });
      expect(short.status).toBe(400);
      expect(short.body.details).toEqual([
        expect.objectContaining({ field: 'reason', problem: expect.stringMatching(/10/) }),
      ]);
      // Padding with spaces does not make a reason.
      expect(
        (await users.admin.post(`/people/${id}/id-number/reveal`, { reason: '  核对档案      ' })).status,
      ).toBe(400);
    });
  });

  describe('phone numbers', () => {
    it('are masked like ID numbers in the detail and the list', async () => {
      const id = person('farmASecretary');
      const detail = await users.secretary.get(`/people/${id}`);
      expect(detail.body.phoneMasked).toBe('138****0001');
      expect(JSON.stringify(detail.body)).not.toContain('13800000001');
      const list = await users.bureau.get(`/people?orgId=${org('farmA')}&limit=100`);
      const row = list.body.items.find((p: { id: string }) => p.id === id);
      expect(row.phoneMasked).toBe('138****0001');
      expect(JSON.stringify(list.body)).not.toContain('13800000001');
    });

    it('are shown in full to whoever may read the person and gives a reason, and the asking is recorded', async () => {
      const id = person('farmASecretary');
      expect((await users.secretary.post(`/people/${id}/phone/reveal`, { reason: '联系' })).status).toBe(400);
      const reason = '通知参加支部委员会会议';
      const shown = await users.secretary.post(`/people/${id}/phone/reveal`, { reason });
      expect(shown.status).toBe(200);
      expect(shown.body).toEqual({ phone: '13800000001' });
      const audit = await t.db.query(
        `SELECT username, detail FROM identity.audit_event WHERE kind = 'phone_revealed'`,
      );
      expect(audit).toEqual([{ username: 'farmasecretary', detail: { personId: id, reason } }]);
    });

    it("are not revealed outside the caller's organisations", async () => {
      const outsider = await signIn('farmbsecretary');
      const refused = await outsider.post(`/people/${person('farmASecretary')}/phone/reveal`, {
        reason: '通知参加支部委员会会议',
      });
      expect(refused.status).toBe(404);
    });
  });

  describe('lists', () => {
    it('filter by organisation subtree and membership status, with a total', async () => {
      const farms = await users.bureau.get(`/people?orgId=${org('farms')}&status=full&limit=100`);
      expect(farms.body.total).toBe(9);
      const probationary = await users.bureau.get(`/people?orgId=${org('farms')}&status=probationary`);
      expect(probationary.body.items.map((p: { name: string }) => p.name)).toEqual(['周五']);
      const none = await users.bureau.get(`/people?orgId=${org('farmA')}&status=none`);
      expect(none.body.items.map((p: { name: string }) => p.name)).toContain('吴六');
    });

    it('page by keyset without repeats or gaps', async () => {
      const seen: string[] = [];
      let cursor = '';
      let total = 0;
      do {
        const page = await users.admin.get(`/people?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        total = page.body.total;
        seen.push(...page.body.items.map((p: { id: string }) => p.id));
        cursor = page.body.nextCursor ?? '';
      } while (cursor);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('cap the page size and refuse a forged cursor', async () => {
      expect((await users.admin.get('/people?limit=101')).status).toBe(400);
      expect((await users.admin.get('/people?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
    });

    it('show only people inside the caller’s scope', async () => {
      const mine = await users.secretary.get('/people?limit=100');
      const orgs = new Set(mine.body.items.map((p: { org: { name: string } }) => p.org.name));
      expect([...orgs]).toEqual(['甲林场党支部']);
    });
  });

  describe('membership, exclusions and offices', () => {
    it('records a full member with a standing date, never before admission', async () => {
      const id = person('farmAApplicant');
      const missing = await users.secretary.put(`/people/${id}/membership`, {
        status: 'full',
        admissionDate: '2024-05-01',
      });
      expect(missing.status).toBe(400);
      const backwards = await users.secretary.put(`/people/${id}/membership`, {
        status: 'full',
        admissionDate: '2024-05-01',
        standingDate: '2024-04-01',
      });
      expect(backwards.status).toBe(400);
      const ok = await users.secretary.put(`/people/${id}/membership`, {
        status: 'probationary',
        admissionDate: '2026-05-01',
      });
      expect(ok.status).toBe(204);
      const detail = await users.secretary.get(`/people/${id}`);
      expect(detail.body.membership).toEqual({
        status: 'probationary',
        admissionDate: '2026-05-01',
        standingDate: null,
        votingRights: false,
      });
    });

    it('excludes only full members from the expected voters, with a reason', async () => {
      const probationary = await users.secretary.post(`/people/${person('farmAProbationary')}/exclusions`, {
        reason: '出国',
        fromDate: '2026-01-01',
        approvedBy: '测试林业局党委',
      });
      expect(probationary.status).toBe(400);
      const full = await users.secretary.post(`/people/${person('farmAMember3')}/exclusions`, {
        reason: '长期病休',
        fromDate: '2026-01-01',
        approvedBy: '测试林业局党委',
      });
      expect(full.status).toBe(201);
      const detail = await users.secretary.get(`/people/${person('farmAMember3')}`);
      expect(detail.body.exclusions).toEqual([expect.objectContaining({ reason: '长期病休', toDate: null })]);
    });

    it('appoints offices only where they may be held', async () => {
      const wrongKind = await users.bureau.post(`/people/${person('farmAMember3')}/offices`, {
        role: 'org_department',
        orgId: org('farmA'),
        fromDate: '2026-01-01',
      });
      expect(wrongKind.status).toBe(400);
      expect(wrongKind.body.code).toBe('INVALID_OFFICE');
      const ok = await users.bureau.post(`/people/${person('farmAMember3')}/offices`, {
        role: 'discipline_officer',
        orgId: org('farmA'),
        fromDate: '2026-01-01',
      });
      expect(ok.status).toBe(201);
      const ended = await users.bureau.patch(`/offices/${ok.body.id}`, { toDate: '2025-12-31' });
      expect(ended.status).toBe(400);
      expect((await users.bureau.patch(`/offices/${ok.body.id}`, { toDate: '2026-12-31' })).status).toBe(204);
    });

    it('transfers a person only to an organisation the caller also manages', async () => {
      const id = person('farmAMember3');
      const detail = await users.secretary.get(`/people/${id}`);
      const away = await users.secretary.patch(`/people/${id}`, {
        version: detail.body.version,
        orgId: org('farmB'),
      });
      expect(away.status).toBe(404);
      const ok = await users.bureau.patch(`/people/${id}`, {
        version: detail.body.version,
        orgId: org('mill'),
      });
      expect(ok.status).toBe(204);
      expect((await users.secretary.get(`/people/${id}`)).status).toBe(404);
    });
  });
});
