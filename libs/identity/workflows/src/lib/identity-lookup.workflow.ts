import type {
  ExpectedVoters,
  IdentityActivities,
  OrgSnapshot,
  PersonSnapshot,
} from '@bastion/identity-contracts';
import { identity } from './identity';

/** What a step asks of the identity service: people by id, an organisation, a meeting's expected voters. */
export interface IdentityLookup {
  personIds?: string[];
  orgId?: string;
  voters?: Parameters<IdentityActivities['countExpectedVoters']>[0];
}

/**
 * Asks the identity service what a step needs: the people it names, the branch it moves to, the
 * voters a meeting expects. The development service's HTTP layer runs it before sending a step,
 * so the case's validator can decide at once on facts rather than wait on another service.
 */
export async function identityLookup(input: IdentityLookup): Promise<{
  people: PersonSnapshot[];
  org: OrgSnapshot | null;
  voters: ExpectedVoters | null;
}> {
  const [people, org, voters] = await Promise.all([
    Promise.all((input.personIds ?? []).map((personId) => identity.snapshotPerson({ personId }))),
    input.orgId ? identity.snapshotOrg({ orgId: input.orgId }) : Promise.resolve(null),
    input.voters ? identity.countExpectedVoters(input.voters) : Promise.resolve(null),
  ]);
  return { people, org, voters };
}
