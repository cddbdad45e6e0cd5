import { type Role, roles } from './roles';

export type IdentityPermission = 'org.read' | 'org.manage' | 'person.read' | 'person.manage' | 'person.discipline';

/**
 * Which roles carry which identity permission; a role at a node reaches its subtree and a
 * system administrator holds every permission. The console reads the same table to decide which
 * buttons to show; the service enforces it.
 */
export const identityPolicy: Record<IdentityPermission, readonly Role[]> = {
  /** Every office and every member sees the organisations of their subtree. */
  'org.read': roles,
  'org.manage': ['secretary', 'deputy_secretary', 'org_department'],
  'person.read': [
    'secretary',
    'deputy_secretary',
    'organisation_officer',
    'discipline_officer',
    'committee_member',
    'organiser',
    'org_department',
    'discipline_commission',
    'inspection_office',
  ],
  'person.manage': ['secretary', 'deputy_secretary', 'organisation_officer', 'org_department'],
  /**
   * Recording party discipline on a member (党纪处分) and the restoration of rights: the
   * committee's organisation department and its discipline commission; never a branch.
   */
  'person.discipline': ['org_department', 'discipline_commission'],
};
