import type { CaseRow, DeadlineRow, PipelineView } from '@bastion/development-contracts';
import { directory, type PersonKey, startedForSuite } from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import { inDays, migrateCandidate, openCase, step } from '../../testing/fixtures';

/**
 * Cases across the test tree:
 *   甲林场 (farmA): 周小林, talk overdue; 孙晓松, a paper record at the candidate stage
 *   乙林场 (farmB): 马云杉, just applied; 杨红松, withdrawn
 *   木材加工厂 (mill): 许落叶
 *   另一集团 (otherBranch): 陆冷杉
 */
describe('case lists, the pipeline and the deadlines', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_lists'));
  const id = (key: PersonKey) => directory.person(key).id;

  beforeAll(async () => {
    await openCase(t, 'applicantZhou', { applicationDate: inDays(-60) });
    await migrateCandidate(t, 'applicantSun');
    await openCase(t, 'applicantMa', { applicationDate: inDays(-5) }, 'farmBSecretary');
    const yang = await openCase(t, 'applicantYang', { applicationDate: inDays(-5) }, 'farmBSecretary');
    await step(t, 'farmBSecretary', yang, { type: 'withdraw', date: inDays(0), reason: '本人申请撤回' });
    await openCase(t, 'applicantXu', { applicationDate: inDays(-20) }, 'groupSecretary');
    await openCase(t, 'applicantLu', { applicationDate: inDays(-3) }, 'otherSecretary');
  });

  async function ids(who: PersonKey, query = ''): Promise<string[]> {
    const response = await t.as(who).get(`/cases${query}`);
    expect(response.status).toBe(200);
    return (response.body.items as CaseRow[]).map((r) => r.id).sort();
  }
  const sorted = (...keys: PersonKey[]) => keys.map(id).sort();

  it('lists the open cases in each caller’s subtree only', async () => {
    expect(await ids('farmASecretary')).toEqual(sorted('applicantZhou', 'applicantSun'));
    expect(await ids('farmsSecretary')).toEqual(sorted('applicantZhou', 'applicantSun', 'applicantMa'));
    expect(await ids('orgDeptLin')).toEqual(
      sorted('applicantZhou', 'applicantSun', 'applicantMa', 'applicantXu'),
    );
    expect(await ids('otherSecretary')).toEqual(sorted('applicantLu'));
    expect(await ids('farmBSecretary', '?includeClosed=true')).toEqual(
      sorted('applicantMa', 'applicantYang'),
    );
  });

  it('filters by organisation, status, overdue and name, and sorts', async () => {
    expect(await ids('orgDeptLin', `?orgId=${directory.org('farmB').id}`)).toEqual(sorted('applicantMa'));
    expect(await ids('orgDeptLin', '?status=candidate')).toEqual(sorted('applicantSun'));
    expect(await ids('orgDeptLin', '?overdue=true')).toEqual(sorted('applicantZhou'));
    expect(await ids('orgDeptLin', `?q=${encodeURIComponent('云杉')}`)).toEqual(sorted('applicantMa'));
    expect(await ids('orgDeptLin', '?status=withdrawn&includeClosed=true')).toEqual(sorted('applicantYang'));
    // Another branch's id filters to nothing the caller may not see.
    expect(await ids('farmASecretary', `?orgId=${directory.org('otherBranch').id}`)).toEqual([]);

    const byName = await t.as('orgDeptLin').get('/cases?sort=name');
    expect((byName.body.items as CaseRow[]).map((r) => r.person.name)).toEqual(
      ['周小林', '孙晓松', '马云杉', '许落叶'].sort((a, b) => (a < b ? -1 : 1)),
    );
    const byApplication = await t.as('orgDeptLin').get('/cases?sort=application');
    expect((byApplication.body.items as CaseRow[]).map((r) => r.id)).toEqual([
      id('applicantSun'),
      id('applicantZhou'),
      id('applicantXu'),
      id('applicantMa'),
    ]);
    const overdue = (byName.body.items as CaseRow[]).find((r) => r.id === id('applicantZhou'))!;
    expect(overdue).toMatchObject({ overdue: true, nextDue: { clock: 'talk', kind: 'deadline' } });
  });

  it('pages with a cursor, every case once', async () => {
    type CasePage = { items: CaseRow[]; total: number; nextCursor: string | null };
    const pageAfter = async (cursor: string | null): Promise<CasePage> => {
      const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      return (await t.as('orgDeptLin').get<CasePage>(`/cases?limit=1${after}`)).body;
    };
    const seen: string[] = [];
    for (let page = await pageAfter(null); ; page = await pageAfter(page.nextCursor)) {
      expect(page.total).toBe(4);
      seen.push(...page.items.map((r) => r.id));
      if (!page.nextCursor) break;
    }
    expect(seen.sort()).toEqual(sorted('applicantZhou', 'applicantSun', 'applicantMa', 'applicantXu'));
    expect((await t.as('orgDeptLin').get('/cases?cursor=nonsense')).status).toBe(400);
  });

  it('counts open cases by status and by branch, from where the caller stands', async () => {
    const board = (await t.as('orgDeptLin').get('/pipeline')).body as PipelineView;
    expect(board.today).toBe(inDays(0));
    expect(board.columns).toEqual([
      { status: 'applicant', total: 3, overdue: 1 },
      { status: 'activist', total: 0, overdue: 0 },
      { status: 'candidate', total: 1, overdue: 0 },
      { status: 'probationary', total: 0, overdue: 0 },
      { status: 'full', total: 0, overdue: 0 },
    ]);
    const byName = Object.fromEntries(board.byOrg.map((o) => [o.org.name, o]));
    expect(byName['甲林场党支部']).toEqual({
      org: { id: directory.org('farmA').id, name: '甲林场党支部' },
      depth: 2,
      counts: { applicant: 1, candidate: 1 },
      overdue: 1,
    });
    expect(byName['乙林场党支部']).toMatchObject({ depth: 2, counts: { applicant: 1 }, overdue: 0 });
    expect(byName['木材加工厂党支部']).toMatchObject({ depth: 1, counts: { applicant: 1 } });
    expect(Object.keys(byName)).not.toContain('另一集团机关党支部');

    const farms = (await t.as('orgDeptLin').get(`/pipeline?orgId=${directory.org('farms').id}`))
      .body as PipelineView;
    expect(farms.byOrg.map((o) => [o.org.name, o.depth])).toEqual([
      ['甲林场党支部', 1],
      ['乙林场党支部', 1],
    ]);
    const branch = (await t.as('farmASecretary').get('/pipeline')).body as PipelineView;
    expect(branch.byOrg.map((o) => [o.org.name, o.depth])).toEqual([['甲林场党支部', 0]]);
  });

  it('lists the clocks running out, missed deadlines first, then by date', async () => {
    const response = await t.as('orgDeptLin').get('/deadlines?withinDays=30');
    expect(response.status).toBe(200);
    const rows = response.body.items as DeadlineRow[];
    expect(rows[0]).toMatchObject({
      caseId: id('applicantZhou'),
      number: expect.stringMatching(/^FZ\d{4}-\d{6}$/),
      person: { id: id('applicantZhou'), name: '周小林' },
      org: { name: '甲林场党支部' },
      status: 'applicant',
      clock: 'talk',
      kind: 'deadline',
      rule: expect.stringContaining('第七条'),
    });
    expect(rows[0]!.daysLeft).toBeLessThan(0);
    expect(rows[0]!.level).toMatch(/overdue|escalated/);
    const talks = rows.filter((r) => r.clock === 'talk').map((r) => r.caseId);
    expect(talks).toEqual([id('applicantZhou'), id('applicantXu'), id('applicantMa')]);
    expect(rows.slice(1).every((r, i) => r.due >= rows[i]!.due || rows[i]!.daysLeft < 0)).toBe(true);
    expect(rows.every((r) => r.daysLeft <= 30)).toBe(true);
    expect(rows.map((r) => r.caseId)).not.toContain(id('applicantLu'));

    const onlyTalks = await t.as('orgDeptLin').get('/deadlines?clock=talk&withinDays=15');
    expect((onlyTalks.body.items as DeadlineRow[]).map((r) => r.caseId)).toEqual([
      id('applicantZhou'),
      id('applicantXu'),
    ]);
    expect(onlyTalks.body.total).toBe(2);
    const mine = await t.as('farmBSecretary').get('/deadlines');
    expect((mine.body.items as DeadlineRow[]).map((r) => r.caseId)).toEqual([id('applicantMa')]);
    expect(mine.body.total).toBe(1);
  });
});
