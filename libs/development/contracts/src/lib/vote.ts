import { z } from 'zod';
import { idSchema, line, localDateSchema } from '@bastion/shared-contracts';

const count = z.int32().min(0).max(10_000);

/** One voting member not counted among the expected, with why and for which dates. */
export const voterExclusionSchema = z.strictObject({
  /** The member, when named from the roll. */
  personId: idSchema.optional(),
  name: line.trim().min(1).max(50),
  reason: line.trim().min(2).max(200),
  fromDate: localDateSchema.optional(),
  toDate: localDateSchema.nullable().optional(),
});
export type VoterExclusion = z.infer<typeof voterExclusionSchema>;

/**
 * The branch's voters on a meeting date as the identity service counts them (its
 * `countExpectedVoters`): full members with voting rights on that date (none under 留党察看 with
 * rights unrestored, none expelled), and the exclusions on record. A vote is checked against it.
 */
export const voterRollSchema = z.object({
  date: localDateSchema,
  withVotingRights: count,
  excluded: z
    .array(z.object({ personId: idSchema, name: line, reason: line }))
    .max(500)
    .default([]),
  /** withVotingRights less the recorded exclusions. */
  expected: count,
});
export type VoterRoll = z.infer<typeof voterRollSchema>;

/**
 * A branch general meeting's vote on one person (steps 15 and 23), as raw counts. The outcome is
 * computed from these by the rules and never typed in.
 */
export const voteCountsSchema = z.strictObject({
  /**
   * Full members of the branch with voting rights on the meeting date: the identity service's roll
   * (see {@link VoterRoll}), confirmed by the officer; a number that differs from it is refused.
   */
  votingMembers: count,
  /**
   * Excused with the superior's consent (long illness, abroad 6+ months, detained …), each with a
   * reason and the dates it covers. Those on the roll's record come with it; one the officer adds at
   * the meeting names its dates, which must cover the meeting date.
   */
  exclusions: z.array(voterExclusionSchema).max(500).default([]),
  /** Voting members present. */
  present: count,
  /** Ballots cast at the meeting. */
  yes: count,
  no: count,
  abstain: count,
  /** Written opinions of absent voting members, submitted before the meeting: they count as votes. */
  written: z.strictObject({ yes: count, no: count, abstain: count }).default({ yes: 0, no: 0, abstain: 0 }),
});
export type VoteCounts = z.infer<typeof voteCountsSchema>;
export type VoteCountsInput = z.input<typeof voteCountsSchema>;

/** What the rules make of the counts. */
export interface VoteOutcome {
  /** 应到会有表决权的正式党员 */
  expected: number;
  quorate: boolean;
  /** Ballots and written opinions in favour. */
  yesTotal: number;
  passed: boolean;
  /** Why it failed, in the rules' words; null when passed. */
  reason: string | null;
}
