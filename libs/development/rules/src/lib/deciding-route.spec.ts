import type { RouteInput } from '@bastion/approvals-contracts';
import { routeSchema } from '@bastion/approvals-contracts';
import { defaultCommitteeSettings } from '@bastion/development-contracts';
import { refusalReason, renderText } from '@bastion/messages';
import {
  decidingRouteOrgIds,
  decidingSettingsProblems,
  decidingStageProblems,
  decidingStageRefusal,
} from './deciding-route';

const ids = {
  committee: '00000000-0000-4000-8000-000000000001',
  general: '00000000-0000-4000-8000-000000000002',
  temporary: '00000000-0000-4000-8000-000000000003',
  powerless: '00000000-0000-4000-8000-000000000004',
};
const orgs = new Map([
  [ids.committee, { name: '林业局党委', kind: 'committee' as const, mayApprove: true, isTemporary: false, dissolved: false }],
  [ids.general, { name: '林场党总支', kind: 'general_branch' as const, mayApprove: false, isTemporary: false, dissolved: false }],
  [ids.temporary, { name: '项目临时党委', kind: 'committee' as const, mayApprove: true, isTemporary: true, dissolved: false }],
  [ids.powerless, { name: '机关党委', kind: 'committee' as const, mayApprove: false, isTemporary: false, dissolved: false }],
]);

const route = (at: RouteInput['stages'][number]['assignees']) =>
  routeSchema.parse({
    stages: [{ name: '党委集体讨论审批', assignees: at, mode: { kind: 'any' } }],
    settings: {},
  });
const role = (at: unknown) => ({ kind: 'role', role: 'secretary', at }) as RouteInput['stages'][number]['assignees'];

describe('a general branch, a temporary organisation or a committee without the authority never decides an admission or a conversion', () => {
  it.each([
    ['the approving committee', role({ kind: 'approving_committee' }), null],
    ['a committee with the authority', role({ kind: 'org', orgId: ids.committee }), null],
    ['named people', { kind: 'people', people: [{ personId: ids.committee, name: '张书记' }] }, null],
    ['a general branch', role({ kind: 'org', orgId: ids.general }), 'general_branch'],
    ['a temporary committee', role({ kind: 'org', orgId: ids.temporary }), 'temporary'],
    ['a committee without the authority', role({ kind: 'org', orgId: ids.powerless }), 'no_authority'],
    ['an organisation that does not exist', role({ kind: 'org', orgId: '00000000-0000-4000-8000-0000000000ff' }), 'unknown_org'],
    ['the branch itself', role({ kind: 'subject_org', levelsUp: 0 }), 'branch'],
    ['a node counted up from the branch', role({ kind: 'subject_org', levelsUp: 1 }), 'relative_to_branch'],
  ] as const)('a deciding stage anchored at %s: %s', (_what, at, problem) => {
    for (const kind of ['approval', 'conversion_approval'] as const) {
      const problems = decidingStageProblems(kind, route(at as never), orgs);
      expect(problems.map((p) => p.problem)).toEqual(problem ? [problem] : []);
    }
  });

  it('is refused with the reason: the code, the route, the stage and the organisation', () => {
    const [problem] = decidingStageProblems('conversion_approval', route(role({ kind: 'org', orgId: ids.general })), orgs);
    const refusal = decidingStageRefusal(problem!);
    expect(refusal).toEqual({
      code: 'APPROVER_NOT_AUTHORISED',
      message: '审批转正流程第1步“党委集体讨论审批”（林场党总支）：党总支不能审批发展党员和转正',
      params: {
        route: 'conversion_approval',
        stage: 1,
        stageName: '党委集体讨论审批',
        orgId: ids.general,
        org: '林场党总支',
        problem: 'general_branch',
        reason: expect.objectContaining({ key: 'development.refusal.deciding_stage' }),
      },
    });
    expect(renderText(refusalReason(refusal.params)!, 'en-US')).toBe(
      'Step 1 “党委集体讨论审批” (林场党总支) of the route approving conversions: a general branch never approves admissions or conversions',
    );
  });

  it('checks the deciding routes of a committee’s settings, and only those', () => {
    const settings = defaultCommitteeSettings();
    expect(decidingSettingsProblems(settings, orgs)).toEqual([]);
    const general = route(role({ kind: 'org', orgId: ids.general }));
    const edited = {
      ...settings,
      routes: { ...settings.routes, conversion_approval: general, approval_talk: general },
    };
    expect(decidingRouteOrgIds(edited)).toEqual([ids.general]);
    expect(decidingSettingsProblems(edited, orgs)).toEqual([
      expect.objectContaining({ route: 'conversion_approval', stageIndex: 0, problem: 'general_branch' }),
    ]);
  });
});
