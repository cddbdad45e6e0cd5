import { catalogueLabels } from '@bastion/messages';
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

/** The roles and the organisation kinds by name; the names live in the one catalogue (`identity.role.*`, `identity.org_kind.*`). */
export const roleLabels = catalogueLabels('identity.role', roles);
export const orgKindLabels = catalogueLabels('identity.org_kind', orgKinds);
