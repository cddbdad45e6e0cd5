import type { CaseStep, MigratedStep, NominatedMember } from '@bastion/development-contracts';

/** The members a step names (mentors, sponsors, their replacements), each with where it names them. */
export function namedMembers(
  step: CaseStep | MigratedStep,
  prefix: string,
): { field: string; member: NominatedMember }[] {
  switch (step.type) {
    case 'assign_mentors':
      return step.mentors.map((member, i) => ({ field: `${prefix}.mentors.${i}.personId`, member }));
    case 'fix_sponsors':
      return step.sponsors.map((member, i) => ({ field: `${prefix}.sponsors.${i}.personId`, member }));
    case 'replace_mentor':
      return [{ field: `${prefix}.mentor.personId`, member: step.mentor }];
    case 'replace_sponsor':
      return [{ field: `${prefix}.sponsor.personId`, member: step.sponsor }];
    default:
      return [];
  }
}
