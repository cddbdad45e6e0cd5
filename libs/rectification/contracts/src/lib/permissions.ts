import type { Role } from '@bastion/identity-contracts';

export type RectificationPermission =
  'rectification.read' | 'rectification.manage' | 'rectification.supervise';

/**
 * Which roles carry which rectification permission; a role at a node reaches its subtree and a
 * system administrator holds every permission.
 *
 * - `manage`: the officers of the responsible organisation work the item (plan, progress,
 *   evidence, acceptance, extension);
 * - `supervise`: open batches, register and import items, assign, urge, named supervision,
 *   hand over, look back — the higher level's side of the loop;
 * - `read`: the lists, the board and the reports.
 */
export const rectificationPolicy: Record<RectificationPermission, readonly Role[]> = {
  'rectification.read': [
    'secretary',
    'deputy_secretary',
    'organisation_officer',
    'discipline_officer',
    'committee_member',
    'org_department',
    'discipline_commission',
    'inspection_office',
  ],
  'rectification.manage': [
    'secretary',
    'deputy_secretary',
    'organisation_officer',
    'discipline_officer',
    'committee_member',
  ],
  'rectification.supervise': [
    'secretary',
    'deputy_secretary',
    'org_department',
    'discipline_commission',
    'inspection_office',
  ],
};
