import {
  defaultCommitteeSettings,
  NATIONAL_2014_ID,
  type RuleVersionView,
} from '@bastion/development-contracts';
import { directory, startedForSuite } from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import { caseView, caseWhen, inDays, openCase } from '../../testing/fixtures';

describe('versions of a committee’s rules', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_rules'));
  const bureau = () => directory.org('bureau').id;

  const settings = { ...defaultCommitteeSettings(), activistMinWaitMonths: 3, thoughtReportEveryMonths: 2 };

  it('are published from a date, listed after the national ones, and adopted by the open cases', async () => {
    const farmA = await openCase(t, 'applicantZhou', { applicationDate: inDays(-10) });
    const elsewhere = await openCase(t, 'applicantLu', { applicationDate: inDays(-10) }, 'otherSecretary');

    const published = await t.as('orgDeptLin').post(`/rules/${bureau()}/versions`, {
      effectiveFrom: inDays(0),
      settings,
      note: '积极分子确定前至少考察三个月',
    });
    expect(published.status).toBe(201);
    const version = published.body as RuleVersionView;
    expect(version).toMatchObject({
      id: `${NATIONAL_2014_ID}/committee-${bureau()}/1`,
      committee: { id: bureau(), name: '测试林业局党委' },
      effectiveFrom: inDays(0),
      publishedBy: directory.ref('orgDeptLin'),
      settings: expect.objectContaining({ activistMinWaitMonths: 3 }),
    });

    const listed = await t.as('farmASecretary').get(`/rules?committeeId=${bureau()}`);
    expect((listed.body as RuleVersionView[]).map((v) => [v.id, v.committee?.name ?? null])).toEqual([
      [NATIONAL_2014_ID, null],
      [version.id, '测试林业局党委'],
    ]);
    const second = await t.as('orgDeptLin').post(`/rules/${bureau()}/versions`, {
      effectiveFrom: inDays(10),
      settings,
    });
    expect(second.body.id).toBe(`${NATIONAL_2014_ID}/committee-${bureau()}/2`);

    const adopted = await caseWhen(
      t,
      farmA,
      (v) => v.record.ruleSets.some((r) => r.id === version.id),
      'the open case adopted the version',
    );
    expect(adopted.record.entries.map((e) => e.kind)).toContain('rules_adopted');
    const other = await caseView(t, elsewhere, 'otherSecretary');
    expect(other.record.ruleSets.map((r) => r.id)).toEqual([NATIONAL_2014_ID]);

    // A case opened now starts with every version of its committee.
    const later = await openCase(t, 'applicantSun', { applicationDate: inDays(0) });
    expect((await caseView(t, later)).record.ruleSets.map((r) => r.id)).toEqual([
      NATIONAL_2014_ID,
      version.id,
      second.body.id,
    ]);
  });

  it('take effect today at the earliest, at a committee, by its organisation side', async () => {
    const past = await t
      .as('orgDeptLin')
      .post(`/rules/${bureau()}/versions`, { effectiveFrom: inDays(-1), settings });
    expect(past.status).toBe(400);
    expect(past.body.details).toEqual([expect.objectContaining({ field: 'effectiveFrom' })]);
    const branch = await t
      .as('orgDeptLin')
      .post(`/rules/${directory.org('farms').id}/versions`, { effectiveFrom: inDays(0), settings });
    expect(branch.status).toBe(400);
    const secretary = await t
      .as('farmsSecretary')
      .post(`/rules/${directory.org('farms').id}/versions`, { effectiveFrom: inDays(0), settings });
    expect(secretary.status).toBe(403);
    const invalid = await t.as('orgDeptLin').post(`/rules/${bureau()}/versions`, {
      effectiveFrom: inDays(0),
      settings: { ...settings, oathTargetMonths: 99 },
    });
    expect(invalid.status).toBe(400);
  });

  it('never let a general branch decide an admission or a conversion: such a version is refused with the reason', async () => {
    const base = defaultCommitteeSettings();
    const at = (anchor: object) => ({
      ...base.routes.conversion_approval,
      stages: base.routes.conversion_approval.stages.map((s) => ({
        ...s,
        assignees: { kind: 'role', role: 'secretary', at: anchor },
      })),
    });
    const general = await t.as('orgDeptLin').post(`/rules/${bureau()}/versions`, {
      effectiveFrom: inDays(0),
      settings: {
        ...base,
        routes: {
          ...base.routes,
          conversion_approval: at({ kind: 'org', orgId: directory.org('farms').id }),
        },
      },
    });
    expect(general.status).toBe(422);
    expect(general.body).toMatchObject({
      code: 'APPROVER_NOT_AUTHORISED',
      reason: expect.stringContaining('党总支不能审批'),
      params: {
        route: 'conversion_approval',
        stage: 1,
        orgId: directory.org('farms').id,
        org: '测试林场党总支',
        problem: 'general_branch',
      },
      details: [
        { field: 'settings.routes.conversion_approval.stages.0.assignees.at', problem: expect.any(String) },
      ],
    });
    const counted = await t.as('orgDeptLin').post(`/rules/${bureau()}/versions`, {
      effectiveFrom: inDays(0),
      settings: { ...base, routes: { ...base.routes, approval: at({ kind: 'subject_org', levelsUp: 1 }) } },
    });
    expect(counted.status).toBe(422);
    expect(counted.body.params).toMatchObject({ route: 'approval', problem: 'relative_to_branch' });

    // A committee with the authority, named as a fixed node, may decide.
    const named = await t.as('orgDeptLin').post(`/rules/${bureau()}/versions`, {
      effectiveFrom: inDays(30),
      settings: { ...base, routes: { ...base.routes, approval: at({ kind: 'org', orgId: bureau() }) } },
    });
    expect(named.status).toBe(201);
  });
});
