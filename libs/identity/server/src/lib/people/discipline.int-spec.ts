import { startedForSuite } from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

/**
 * Party discipline lives on the member: the committee's organisation department (or discipline
 * commission) and administrators record it, with its dates, deciding body and files; everything
 * that follows from it (voting, sponsoring, eligibility) is judged from this record.
 */
describe('party discipline on a member', () => {
  const t = startedForSuite(() => startIdentityTestApp('discipline', smallForest()));
  let admin: TestClient;
  let secretary: TestClient;
  let bureau: TestClient;
  let other: TestClient;
  const person = (key: string) => t.ids.people.get(key)!;

  beforeAll(async () => {
    const client = new TestClient(t.baseUrl);
    admin = await client.login('admin', TEST_PASSWORD);
    secretary = await client.login('farmasecretary', TEST_PASSWORD);
    bureau = await client.login('bureauorgdept', TEST_PASSWORD);
    other = await client.login('othersecretary', TEST_PASSWORD);
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
    const created = await bureau.post(`/people/${id}/sanctions`, probation);
    expect(created.status).toBe(201);
    const list = await bureau.get(`/people/${id}/sanctions`);
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
    const detail = await secretary.get(`/people/${id}`);
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
    const restored = await bureau.patch(`/people/${id}/sanctions/${created.body.id}`, {
      rightsRestoredOn: '2026-12-01',
    });
    expect(restored.status).toBe(204);
    expect((await bureau.get(`/people/${id}/sanctions`)).body[0].rightsRestoredOn).toBe('2026-12-01');
    const early = await bureau.patch(`/people/${id}/sanctions/${created.body.id}`, {
      rightsRestoredOn: '2025-11-01',
    });
    expect(early.status).toBe(400);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM identity.audit_event WHERE kind = 'rights_restored'`),
    ).toEqual([{ n: 1 }]);
  });

  it('is not the branch’s to record: a branch secretary may read it and is refused writing; an outsider sees nothing', async () => {
    const id = person('farmAMember2');
    const refused = await secretary.post(`/people/${id}/sanctions`, {
      ...probation,
      kind: 'warning',
      termMonths: null,
    });
    expect(refused.status).toBe(403);
    expect((await secretary.get(`/people/${id}/sanctions`)).status).toBe(200);
    expect((await other.get(`/people/${id}/sanctions`)).status).toBe(404);
    expect(
      (await other.post(`/people/${id}/sanctions`, { ...probation, kind: 'warning', termMonths: null }))
        .status,
    ).toBe(404);
    // An administrator may.
    const byAdmin = await admin.post(`/people/${id}/sanctions`, {
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
    const noTerm = await bureau.post(`/people/${id}/sanctions`, { ...probation, termMonths: null });
    expect(noTerm.status).toBe(400);
    expect(noTerm.body.details).toEqual([expect.objectContaining({ field: 'termMonths' })]);
    const backwards = await bureau.post(`/people/${id}/sanctions`, {
      ...probation,
      effectiveFrom: '2025-11-01',
    });
    expect(backwards.status).toBe(400);
    const notMember = await bureau.post(`/people/${person('farmAApplicant')}/sanctions`, {
      ...probation,
      kind: 'warning',
      termMonths: null,
    });
    expect(notMember.status).toBe(400);
    const probationary = await bureau.post(`/people/${person('farmAProbationary')}/sanctions`, {
      ...probation,
      effectiveFrom: '2026-06-01',
    });
    expect(probationary.status).toBe(400);
  });
});
