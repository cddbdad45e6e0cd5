import { z } from 'zod';

export const orgKinds = ['committee', 'general_branch', 'branch', 'party_group'] as const;
export const orgKindSchema = z.enum(orgKinds);
export type OrgKind = z.infer<typeof orgKindSchema>;

/** Offices a person holds at an organisation node (党内职务 and staff posts). */
export const officeRoles = [
  'secretary',
  'deputy_secretary',
  'organisation_officer',
  'discipline_officer',
  'committee_member',
  'group_leader',
  'organiser',
  'org_department',
  'discipline_commission',
  'inspection_office',
] as const;
export const officeRoleSchema = z.enum(officeRoles);
export type OfficeRole = z.infer<typeof officeRoleSchema>;

/** Roles that follow from a membership record rather than an office. */
export const membershipRoles = ['full_member', 'probationary_member'] as const;

export const roles = [...officeRoles, ...membershipRoles] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Where each office may be held, from the domain's table of roles. */
export const officeHeldAt: Record<OfficeRole, readonly OrgKind[]> = {
  secretary: ['committee', 'general_branch', 'branch'],
  deputy_secretary: ['committee', 'general_branch', 'branch'],
  organisation_officer: ['branch'],
  discipline_officer: ['branch'],
  committee_member: ['committee', 'general_branch', 'branch', 'party_group'],
  group_leader: ['party_group'],
  organiser: ['committee'],
  org_department: ['committee'],
  discipline_commission: ['committee'],
  inspection_office: ['committee'],
};

/** Offices that make up a branch committee (支部委员会). */
export const branchCommitteeOffices: readonly OfficeRole[] = [
  'secretary',
  'deputy_secretary',
  'organisation_officer',
  'discipline_officer',
  'committee_member',
];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  secretary: { zh: '书记', en: 'Secretary' },
  deputy_secretary: { zh: '副书记', en: 'Deputy secretary' },
  organisation_officer: { zh: '组织委员', en: 'Organisation officer' },
  discipline_officer: { zh: '纪检委员', en: 'Discipline officer' },
  committee_member: { zh: '委员', en: 'Committee member' },
  group_leader: { zh: '党小组组长', en: 'Party-group leader' },
  organiser: { zh: '组织员', en: 'Organiser' },
  org_department: { zh: '组织部', en: 'Organisation department' },
  discipline_commission: { zh: '纪委', en: 'Discipline commission' },
  inspection_office: { zh: '巡察办', en: 'Inspection office' },
  full_member: { zh: '正式党员', en: 'Full member' },
  probationary_member: { zh: '预备党员', en: 'Probationary member' },
};

export const orgKindLabels: Record<OrgKind, { zh: string; en: string }> = {
  committee: { zh: '党委', en: 'Party committee' },
  general_branch: { zh: '党总支', en: 'General branch' },
  branch: { zh: '党支部', en: 'Branch' },
  party_group: { zh: '党小组', en: 'Party group' },
};
