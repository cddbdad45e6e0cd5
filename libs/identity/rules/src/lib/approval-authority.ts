import type { OrgKind } from '@bastion/identity-contracts';
import { catalogueLabels } from '@bastion/messages';

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
export const approvalAuthorityProblems = [
  'general_branch',
  'branch',
  'party_group',
  'temporary',
  'no_authority',
  'dissolved',
] as const;
export type ApprovalAuthorityProblem = (typeof approvalAuthorityProblems)[number];

/** Why not, in both languages: the catalogue's `identity.approval_authority.<problem>`. */
export const approvalAuthorityProblemLabels = catalogueLabels(
  'identity.approval_authority',
  approvalAuthorityProblems,
);

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
