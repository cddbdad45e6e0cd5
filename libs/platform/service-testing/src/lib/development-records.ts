import type { DevelopmentStage, PersonSnapshot, RecordDevelopmentInput } from '@bastion/identity-contracts';

/**
 * A person's standing as development cases have written it. Without `membership`, no write has
 * named one and the directory's own stands.
 */
export interface RecordedStanding {
  stage: DevelopmentStage | null;
  membership?: PersonSnapshot['membership'];
}

/**
 * What the development service's workflows told the identity stand-in (`recordDevelopment`), kept
 * in the test process so a test can check each write and the standing it left. The stand-in's
 * snapshots answer from it too, as the identity service would after the write.
 */
export class DevelopmentRecords {
  private readonly writes: RecordDevelopmentInput[] = [];
  private readonly standing = new Map<string, RecordedStanding>();

  record(input: RecordDevelopmentInput): void {
    this.writes.push(structuredClone(input));
    const before = this.standing.get(input.personId);
    const next: RecordedStanding = { stage: input.stage };
    if (input.membership !== undefined) {
      const full = input.membership?.status === 'full';
      next.membership = input.membership && {
        ...input.membership,
        standingDate: full ? input.membership.standingDate : null,
        // As the identity service keeps it: probationary members do not vote.
        votingRights: full,
      };
    } else if (before && 'membership' in before) {
      next.membership = before.membership;
    }
    this.standing.set(input.personId, next);
  }

  /** Every write for the person, oldest first. */
  writesFor(personId: string): RecordDevelopmentInput[] {
    return this.writes.filter((w) => w.personId === personId);
  }

  /** The person's standing after the writes; undefined if nothing was written. */
  standingOf(personId: string): RecordedStanding | undefined {
    return this.standing.get(personId);
  }
}

/** The writes of this test process: the stand-in's workers and the tests share it. */
export const recordedDevelopment = new DevelopmentRecords();
