import type { PersonRef } from '@bastion/approvals-contracts';
import type { ApprovalAuthorityProblem } from '@bastion/identity-rules';

/** The people of a list without repeats, first mention kept. */
export function dedupe(people: PersonRef[]): PersonRef[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.personId) && seen.add(p.personId));
}

/** The organisation a stage would let decide an admission or a conversion, though it may not. */
export interface UnauthorisedDecider {
  orgId: string;
  org: string;
  problem: ApprovalAuthorityProblem;
}
