import type { Role } from '@bastion/identity-contracts';

export type ApprovalsPermission = 'request.supervise';

/**
 * Which roles carry which approvals permission; a role at a node reaches its subtree and a system
 * administrator holds every permission.
 *
 * `request.supervise`: seeing every request of an organisation at or below the node (beside the
 * requests one takes part in), and urging or commenting on them as a supervisor (上级督办).
 * Managing route templates is for system administrators only.
 */
export const approvalsPolicy: Record<ApprovalsPermission, readonly Role[]> = {
  'request.supervise': [
    'secretary',
    'deputy_secretary',
    'org_department',
    'discipline_commission',
    'inspection_office',
  ],
};
