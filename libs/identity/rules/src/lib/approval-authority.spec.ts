import { approvalAuthorityProblem, mayApproveAdmissions } from './approval-authority';

describe('only a Party committee with approval authority decides an admission or a conversion', () => {
  it.each([
    [{ kind: 'committee', mayApprove: true, isTemporary: false, dissolved: false }, null],
    [{ kind: 'committee', dissolved: false }, null],
    [{ kind: 'general_branch', mayApprove: true, isTemporary: false, dissolved: false }, 'general_branch'],
    [{ kind: 'branch', mayApprove: true, isTemporary: false, dissolved: false }, 'branch'],
    [{ kind: 'branch', mayApprove: false, isTemporary: true, dissolved: false }, 'temporary'],
    [{ kind: 'party_group', dissolved: false }, 'party_group'],
    [{ kind: 'committee', mayApprove: true, isTemporary: true, dissolved: false }, 'temporary'],
    [{ kind: 'committee', mayApprove: false, isTemporary: false, dissolved: false }, 'no_authority'],
    [{ kind: 'committee', mayApprove: true, isTemporary: false, dissolved: true }, 'dissolved'],
  ] as const)('%o: %s', (org, problem) => {
    expect(approvalAuthorityProblem(org)).toBe(problem);
    expect(mayApproveAdmissions(org)).toBe(problem === null);
  });
});
