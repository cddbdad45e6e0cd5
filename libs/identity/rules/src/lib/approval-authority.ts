import type { OrgKind } from '@bastion/identity-contracts';

/**
 * What an organisation must be to decide an admission or a conversion (上级党委审批): a Party
 * committee with approval authority, not temporary, not dissolved. A general branch (党总支), a
 * branch, a party group, a temporary organisation and a committee without the authority never
 * approve, whatever a route or a template says.
 */
export interface ApprovalAuthorityFacts {
  kind: OrgKind;
  /** A committee's approval authority as recorded; a snapshot without it counts a committee as having it. */
  mayApprove?: boolean;
  isTemporary?: boolean;
  dissolved: boolean;
}

/** Why an organisation may not decide admissions, most fundamental first. */
export type ApprovalAuthorityProblem =
  | 'general_branch'
  | 'branch'
  | 'party_group'
  | 'temporary'
  | 'no_authority'
  | 'dissolved';

export const approvalAuthorityProblemLabels: Record<ApprovalAuthorityProblem, { zh: string; en: string }> = {
  general_branch: { zh: '党总支不能审批发展党员和转正', en: 'a general branch never approves admissions or conversions' },
  branch: { zh: '党支部不能审批发展党员和转正', en: 'a branch never approves admissions or conversions' },
  party_group: { zh: '党小组不能审批发展党员和转正', en: 'a party group never approves admissions or conversions' },
  temporary: { zh: '临时党组织不能审批发展党员和转正', en: 'a temporary organisation never approves admissions or conversions' },
  no_authority: {
    zh: '该党委没有审批发展党员的权限',
    en: 'this committee has no authority to approve admissions',
  },
  dissolved: { zh: '该党组织已撤销', en: 'this organisation is dissolved' },
};

/** Null when the organisation may decide an admission or a conversion; else why not. */
export function approvalAuthorityProblem(org: ApprovalAuthorityFacts): ApprovalAuthorityProblem | null {
  if (org.kind === 'general_branch') return 'general_branch';
  if (org.kind === 'branch') return org.isTemporary ? 'temporary' : 'branch';
  if (org.kind === 'party_group') return 'party_group';
  if (org.isTemporary) return 'temporary';
  if (org.mayApprove === false) return 'no_authority';
  if (org.dissolved) return 'dissolved';
  return null;
}

export function mayApproveAdmissions(org: ApprovalAuthorityFacts): boolean {
  return approvalAuthorityProblem(org) === null;
}
