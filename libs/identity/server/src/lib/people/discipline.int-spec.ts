import { smallForestSuite } from '../../testing/small-forest-suite';

/**
 * Party discipline lives on the member: the committee's organisation department (or discipline
 * commission) and administrators record it, with its dates, deciding body and files; everything
 * that follows from it (voting, sponsoring, eligibility) is judged from this record.
 */
describe('party discipline on a member', () => {
  const { t, person, users } = smallForestSuite('discipline', {
    admin: 'admin',
    secretary: 'farmasecretary',
    bureau: 'bureauorgdept',
    other: 'othersecretary',
  });

  const probation = {
    kind: 'probation',
    decidedOn: '2025-11-20',
    effectiveFrom: '2025-12-01',
    termMonths: 12,
    decidingBody: '测试林业局党委',
    reason: '违反组织纪律',
    files: [],
  };

  it('is recorded by the committee’s organisation department, audited, and listed on the person', async () => {
    const id = person('farmAMember1');
    const created = await users.bureau.post(`/people/${id}/sanctions`, probation);
    expect(created.status).toBe(201);
    const list = await users.bureau.get(`/people/${id}/sanctions`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: created.body.id,
        kind: 'probation',
        decidedOn: '2025-11-20',
        effectiveFrom: '2025-12-01',
        termMonths: 12,
        rightsRestoredOn: null,
        until: null,
        decidingBody: '测试林业局党委',
        reason: '违反组织纪律',
        files: [],
      }),
    ]);
    const detail = await users.secretary.get(`/people/${id}`);
    expect(detail.body.sanctions.map((s: { kind: string }) => s.kind)).toEqual(['probation']);
    const audit = await t.db.query(
      `SELECT username, detail FROM identity.audit_event WHERE kind = 'sanction_recorded'`,
    );
    expect(audit).toEqual([
      {
        username: 'bureauorgdept',
        detail: expect.objectContaining({ personId: id, sanctionId: created.body.id, kind: 'probation' }),
      },
    ]);

    // 恢复党员权利, audited too.
    const restored = await users.bureau.patch(`/people/${id}/sanctions/${created.body.id}`, {
      rightsRestoredOn: '2026-12-01',
    });
    expect(restored.status).toBe(204);
    expect((await users.bureau.get(`/people/${id}/sanctions`)).body[0].rightsRestoredOn).toBe('2026-12-01');
    const early = await users.bureau.patch(`/people/${id}/sanctions/${created.body.id}`, {
      rightsRestoredOn: '2025-11-01',
    });
    expect(early.status).toBe(400);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM identity.audit_event WHERE kind = 'rights_restored'`),
    ).toEqual([{ n: 1 }]);
  });

  it('is not the branch’s to record: a branch secretary may read it and is refused writing; an outsider sees nothing', async () => {
    const id = person('farmAMember2');
    const refused = await users.secretary.post(`/people/${id}/sanctions`, {
      ...probation,
      kind: 'warning',
      termMonths: null,
    });
    expect(refused.status).toBe(403);
    expect((await users.secretary.get(`/people/${id}/sanctions`)).status).toBe(200);
    expect((await users.other.get(`/people/${id}/sanctions`)).status).toBe(404);
    expect(
      (await users.other.post(`/people/${id}/sanctions`, { ...probation, kind: 'warning', termMonths: null }))
        .status,
    ).toBe(404);
    // An administrator may.
    const byAdmin = await users.admin.post(`/people/${id}/sanctions`, {
      kind: 'serious_warning',
      decidedOn: '2026-02-01',
      effectiveFrom: '2026-02-01',
      decidingBody: '测试林业局纪委',
      reason: '违反廉洁纪律',
    });
    expect(byAdmin.status).toBe(201);
  });

  it('states what each kind needs, and only of a party member', async () => {
    const id = person('farmBMember');
    const noTerm = await users.bureau.post(`/people/${id}/sanctions`, { ...probation, termMonths: null });
    expect(noTerm.status).toBe(400);
    expect(noTerm.body.details).toEqual([expect.objectContaining({ field: 'termMonths' })]);
    const backwards = await users.bureau.post(`/people/${id}/sanctions`, {
      ...probation,
      effectiveFrom: '2025-11-01',
    });
    expect(backwards.status).toBe(400);
    const notMember = await users.bureau.post(`/people/${person('farmAApplicant')}/sanctions`, {
      ...probation,
      kind: 'warning',
      termMonths: null,
    });
    expect(notMember.status).toBe(400);
    const probationary = await users.bureau.post(`/people/${person('farmAProbationary')}/sanctions`, {
      ...probation,
      effectiveFrom: '2026-06-01',
    });
    expect(probationary.status).toBe(400);
  });
});
