import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Client, WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  DEVELOPMENT_TASK_QUEUE,
  IDENTITY_LOOKUP_WORKFLOW,
  type IdentityLookupInput,
  type PersonFacts,
  type VoterRoll,
} from '@bastion/development-contracts';
import type { ExpectedVoters, OrgSnapshot, PersonSnapshot } from '@bastion/identity-contracts';
import { TEMPORAL_CLIENT } from '@bastion/platform-temporal';

/** What the lookup workflow answers. */
export interface IdentityLookupResult {
  people: PersonSnapshot[];
  org: OrgSnapshot | null;
  voters: ExpectedVoters | null;
}

/** Whether a failure (or one of its causes) is the identity service's NOT_FOUND. */
function notFound(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) {
    if (e instanceof ApplicationFailure && e.type === 'NOT_FOUND') return true;
  }
  return false;
}

/** A person's facts as a step records them: who, where, and their membership then. */
export function factsOf(person: PersonSnapshot): PersonFacts {
  return {
    personId: person.id,
    name: person.name,
    orgId: person.org.id,
    membership: person.membership?.status ?? null,
    sanctions: person.sanctions ?? [],
  };
}

/** The roll a meeting's vote is checked against: the branch's voters on its date. */
export function rollOf(voters: ExpectedVoters): VoterRoll {
  return {
    date: voters.date,
    withVotingRights: voters.withVotingRights,
    excluded: voters.excluded.map((e) => ({ personId: e.personId, name: e.name, reason: e.reason })),
    expected: voters.expected,
  };
}

/**
 * People, organisations and expected voters as the identity service knows them, asked through
 * Temporal (the short lookup workflow on this service's queue calls the identity activities):
 * services do not read each other's databases.
 */
@Injectable()
export class IdentityLookup {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  /** Asks once; null when something named does not exist. */
  private async ask(input: IdentityLookupInput): Promise<IdentityLookupResult | null> {
    try {
      return await this.temporal.workflow.execute(IDENTITY_LOOKUP_WORKFLOW, {
        taskQueue: DEVELOPMENT_TASK_QUEUE,
        workflowId: `development-lookup/${randomUUID()}`,
        args: [input],
        workflowExecutionTimeout: '1 minute',
      });
    } catch (error) {
      if (error instanceof WorkflowFailedError && notFound(error)) return null;
      throw error;
    }
  }

  async person(personId: string): Promise<PersonSnapshot | null> {
    return (await this.ask({ personIds: [personId] }))?.people[0] ?? null;
  }

  async org(orgId: string): Promise<OrgSnapshot | null> {
    return (await this.ask({ orgId }))?.org ?? null;
  }

  /**
   * The people with these ids, by id. Those that do not exist are missing from the map: asked one
   * by one only when the batch fails, which is rare.
   */
  async people(personIds: string[]): Promise<Map<string, PersonSnapshot>> {
    const ids = [...new Set(personIds)];
    if (!ids.length) return new Map();
    const all = await this.ask({ personIds: ids });
    if (all) return new Map(all.people.map((p) => [p.id, p]));
    const found = await Promise.all(ids.map((id) => this.person(id)));
    return new Map(found.filter((p): p is PersonSnapshot => p !== null).map((p) => [p.id, p]));
  }

  async voters(branchId: string, date: string): Promise<ExpectedVoters | null> {
    return (await this.ask({ voters: { branchId, date } }))?.voters ?? null;
  }
}
