import type { Role } from '@bastion/identity-contracts';

export type DevelopmentPermission = 'development.read' | 'development.manage' | 'development.supervise';

/**
 * Which roles carry which development permission; a role at a node reaches its subtree and a
 * system administrator holds every permission.
 *
 * - `manage`: the branch's officers record the steps, meetings and votes;
 * - `supervise`: the committee's side — training, the talk before approval, filings, and the
 *   pipeline and deadlines across the tree;
 * - `read`: the board, the cases and the dossiers.
 */
export const developmentPolicy: Record<DevelopmentPermission, readonly Role[]> = {
  'development.read': [
    'secretary',
    'deputy_secretary',
    'organisation_officer',
    'committee_member',
    'organiser',
    'org_department',
  ],
  'development.manage': ['secretary', 'deputy_secretary', 'organisation_officer'],
  'development.supervise': ['organiser', 'org_department'],
};
