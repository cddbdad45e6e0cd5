import {
  approvingCommitteeOf,
  canApproveAdmissions,
  childKindsOf,
  isWithin,
  type OrgFigures,
  type OrgNode,
  parentKindsOf,
  placementProblem,
  thresholdWarnings,
} from './org-rules';

const node = (over: Partial<OrgNode> & Pick<OrgNode, 'id' | 'kind'>): OrgNode => ({
  path: `/${over.id}/`,
  mayApprove: true,
  isTemporary: false,
  dissolvedAt: null,
  ...over,
});

describe('where a node may be placed', () => {
  it.each([
    ['committee', null],
    ['committee', 'committee'],
    ['general_branch', 'committee'],
    ['branch', 'committee'],
    ['branch', 'general_branch'],
    ['party_group', 'branch'],
  ] as const)('a %s may sit under %s', (kind, parent) => {
    expect(placementProblem(kind, parent)).toBeNull();
  });

  it.each([
    ['general_branch', null],
    ['branch', null],
    ['party_group', null],
    ['committee', 'branch'],
    ['committee', 'general_branch'],
    ['general_branch', 'general_branch'],
    ['general_branch', 'branch'],
    ['branch', 'branch'],
    ['branch', 'party_group'],
    ['party_group', 'committee'],
    ['party_group', 'general_branch'],
    ['party_group', 'party_group'],
  ] as const)('a %s may not sit under %s', (kind, parent) => {
    expect(placementProblem(kind, parent)).toMatch(/can only be placed under/);
  });
});

describe('the kinds the console offers', () => {
  it('lets a node move only under the kinds it may be placed under', () => {
    expect(parentKindsOf('committee')).toEqual(['committee']);
    expect(parentKindsOf('general_branch')).toEqual(['committee']);
    expect(parentKindsOf('branch')).toEqual(['committee', 'general_branch']);
    expect(parentKindsOf('party_group')).toEqual(['branch']);
  });

  it('lets a node have children only of the kinds that may be placed under it', () => {
    expect(childKindsOf('committee')).toEqual(['committee', 'general_branch', 'branch']);
    expect(childKindsOf('general_branch')).toEqual(['branch']);
    expect(childKindsOf('branch')).toEqual(['party_group']);
    expect(childKindsOf('party_group')).toEqual([]);
  });
});

describe('who may approve admissions', () => {
  it('a committee with authority may', () => {
    expect(canApproveAdmissions(node({ id: 'c', kind: 'committee' }))).toBe(true);
  });
  it('a general branch never may', () => {
    expect(canApproveAdmissions(node({ id: 'g', kind: 'general_branch' }))).toBe(false);
  });
  it('a branch never may', () => {
    expect(canApproveAdmissions(node({ id: 'b', kind: 'branch' }))).toBe(false);
  });
  it('a committee under a township committee (flagged) may not', () => {
    expect(canApproveAdmissions(node({ id: 'c', kind: 'committee', mayApprove: false }))).toBe(false);
  });
  it('a dissolved committee may not', () => {
    expect(canApproveAdmissions(node({ id: 'c', kind: 'committee', dissolvedAt: new Date() }))).toBe(false);
  });
});

describe('the approving committee of a branch', () => {
  const group = node({ id: 'group', kind: 'committee' });
  const bureau = node({ id: 'bureau', kind: 'committee' });
  const township = node({ id: 'township', kind: 'committee', mayApprove: false });
  const general = node({ id: 'gen', kind: 'general_branch' });
  const branch = { ...node({ id: 'b', kind: 'branch' }), approvingCommitteeId: null as string | null };

  it('is the nearest committee above that may approve, skipping a general branch', () => {
    expect(approvingCommitteeOf(branch, [general, bureau, group])).toEqual({
      committee: bureau,
      inherited: true,
    });
  });

  it('skips a committee without authority', () => {
    expect(approvingCommitteeOf(branch, [township, group])).toEqual({ committee: group, inherited: true });
  });

  it('is the configured one when it is a committee above that may approve', () => {
    expect(
      approvingCommitteeOf({ ...branch, approvingCommitteeId: 'group' }, [general, bureau, group]),
    ).toEqual({
      committee: group,
      inherited: false,
    });
  });

  it('falls back to the nearest when the configured one may not approve', () => {
    expect(approvingCommitteeOf({ ...branch, approvingCommitteeId: 'township' }, [township, group])).toEqual({
      committee: group,
      inherited: true,
    });
  });

  it('is missing when no committee above may approve', () => {
    expect(approvingCommitteeOf(branch, [general])).toBeNull();
  });
});

describe('subtrees', () => {
  it('a node is within its own subtree and its ancestors’', () => {
    expect(isWithin('/a/b/c/', '/a/b/')).toBe(true);
    expect(isWithin('/a/b/', '/a/b/')).toBe(true);
    expect(isWithin('/a/bc/', '/a/b/')).toBe(false);
  });
});

describe('threshold warnings', () => {
  const branch = (over: Partial<OrgFigures>): OrgFigures => ({
    kind: 'branch',
    fullMembers: 10,
    probationaryMembers: 0,
    committeeOfficers: 3,
    hasApprover: true,
    approverMisplaced: false,
    ...over,
  });
  const codes = (f: OrgFigures) => thresholdWarnings(f).map((w) => w.code);

  it('a healthy branch has none', () => {
    expect(codes(branch({}))).toEqual([]);
  });
  it('fewer than 3 full members: join a joint branch', () => {
    expect(codes(branch({ fullMembers: 2, committeeOfficers: 1 }))).toEqual(['BRANCH_TOO_SMALL']);
    expect(codes(branch({ fullMembers: 3, committeeOfficers: 1 }))).toEqual([]);
  });
  it('probationary members do not make up the 3 full members', () => {
    expect(codes(branch({ fullMembers: 2, probationaryMembers: 5, committeeOfficers: 1 }))).toEqual([
      'BRANCH_TOO_SMALL',
    ]);
  });
  it('more than 50 members is too large; exactly 50 is not', () => {
    expect(codes(branch({ fullMembers: 45, probationaryMembers: 5 }))).toEqual([]);
    expect(codes(branch({ fullMembers: 45, probationaryMembers: 6 }))).toEqual(['BRANCH_TOO_LARGE']);
  });
  it('7 or more full members call for a branch committee of at least 3', () => {
    expect(codes(branch({ fullMembers: 6, committeeOfficers: 1 }))).toEqual([]);
    expect(codes(branch({ fullMembers: 7, committeeOfficers: 2 }))).toEqual(['BRANCH_COMMITTEE_MISSING']);
    expect(codes(branch({ fullMembers: 7, committeeOfficers: 3 }))).toEqual([]);
  });
  it('a branch committee has at most 7 members', () => {
    expect(codes(branch({ committeeOfficers: 7 }))).toEqual([]);
    expect(codes(branch({ committeeOfficers: 8 }))).toEqual(['BRANCH_COMMITTEE_TOO_LARGE']);
  });
  it('a branch no committee can approve for is flagged', () => {
    expect(codes(branch({ hasApprover: false }))).toEqual(['NO_APPROVER']);
  });
  it('a configured approver that is not above the branch is flagged', () => {
    expect(codes(branch({ approverMisplaced: true }))).toEqual(['APPROVER_NOT_ABOVE']);
  });
  it('a general branch needs more than 50 members', () => {
    const general = { ...branch({}), kind: 'general_branch' as const };
    expect(codes({ ...general, fullMembers: 50 })).toEqual(['GENERAL_BRANCH_TOO_SMALL']);
    expect(codes({ ...general, fullMembers: 51 })).toEqual([]);
  });
  it('a committee needs more than 100 members', () => {
    const committee = { ...branch({}), kind: 'committee' as const };
    expect(codes({ ...committee, fullMembers: 100 })).toEqual(['COMMITTEE_TOO_SMALL']);
    expect(codes({ ...committee, fullMembers: 101 })).toEqual([]);
  });
  it('a party group has no thresholds', () => {
    expect(codes({ ...branch({}), kind: 'party_group', fullMembers: 1 })).toEqual([]);
  });
});
