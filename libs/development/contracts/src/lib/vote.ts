import { z } from 'zod';

const count = z.number().int().min(0).max(10_000);

/**
 * A branch general meeting's vote on one person (steps 15 and 23), as raw counts. The outcome is
 * computed from these by the rules and never typed in.
 */
export const voteCountsSchema = z.strictObject({
  /** Full members of the branch with voting rights on the meeting date. */
  votingMembers: count,
  /** Excused with the superior's consent (long illness, abroad 6+ months, detained …), each with a reason. */
  exclusions: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(50), reason: z.string().trim().min(2).max(200) }))
    .max(500)
    .default([]),
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
