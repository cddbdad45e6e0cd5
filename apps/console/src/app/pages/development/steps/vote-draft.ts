import type { VoteCounts, VoteOutcome } from '@bastion/development-contracts';
import { countVote } from '@bastion/development-rules';
import { type MessageKey, toLocalDate } from '@bastion/console-ui';
import type { ExpectedVotersView } from '@bastion/development-contracts';

export interface ExclusionDraft {
  name: string;
  reason: string;
  /** Who consented, when the exclusion came from the branch's records. */
  approvedBy: string | null;
  /** The member on the roll, when the exclusion came from the branch's records (it then stays). */
  personId?: string;
  /** For one the officer records at the meeting: the dates it covers (the meeting date among them). */
  fromDate?: Date | null;
  toDate?: Date | null;
}

/** A meeting's raw counts as typed; a field left empty is null until the user fills it in. */
export interface VoteDraft {
  votingMembers: number | null;
  exclusions: ExclusionDraft[];
  present: number | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  written: { yes: number | null; no: number | null; abstain: number | null };
}

export function emptyVote(): VoteDraft {
  return {
    votingMembers: null,
    exclusions: [],
    present: null,
    yes: null,
    no: null,
    abstain: null,
    written: { yes: 0, no: 0, abstain: 0 },
  };
}

/**
 * The branch's voters on the meeting date, as its records have them: members with voting rights
 * (the number the service holds the vote to) and the recorded exclusions, which stay. Exclusions
 * the officer added at the meeting and what was already counted stay as typed.
 */
export function prefillVote(vote: VoteDraft, voters: ExpectedVotersView): VoteDraft {
  return {
    ...vote,
    votingMembers: voters.withVotingRights,
    exclusions: [
      ...voters.excluded.map((e) => ({
        name: e.name,
        reason: e.reason,
        approvedBy: e.approvedBy,
        personId: e.personId,
      })),
      ...vote.exclusions.filter((e) => !e.personId),
    ],
  };
}

/** The counts the service takes; an empty field counts as none. */
export function voteCounts(vote: VoteDraft): VoteCounts {
  const n = (value: number | null) => Math.max(0, Math.trunc(value ?? 0));
  return {
    votingMembers: n(vote.votingMembers),
    exclusions: vote.exclusions.map((e) => ({
      name: e.name.trim(),
      reason: e.reason.trim(),
      ...(e.personId ? { personId: e.personId } : {}),
      ...(e.fromDate ? { fromDate: toLocalDate(e.fromDate)! } : {}),
      ...(e.toDate ? { toDate: toLocalDate(e.toDate)! } : {}),
    })),
    present: n(vote.present),
    yes: n(vote.yes),
    no: n(vote.no),
    abstain: n(vote.abstain),
    written: { yes: n(vote.written.yes), no: n(vote.written.no), abstain: n(vote.written.abstain) },
  };
}

/** What the rules make of the counts typed so far; nothing until the voters are known. */
export function liveOutcome(vote: VoteDraft): VoteOutcome | null {
  if (vote.votingMembers === null) return null;
  return countVote(voteCounts(vote));
}

/**
 * Why the counts cannot be sent yet: a count left empty, or an exclusion without its name or
 * reason. A failed or inquorate vote is still sent: the meeting happened and goes on record.
 */
export function voteDraftProblem(vote: VoteDraft): MessageKey | null {
  const counts = [vote.votingMembers, vote.present, vote.yes, vote.no, vote.abstain];
  if (counts.some((c) => c === null)) return 'dev.need.voteCounts';
  if (vote.exclusions.some((e) => e.name.trim() === '' || e.reason.trim().length < 2)) {
    return 'dev.need.exclusion';
  }
  if (vote.exclusions.some((e) => !e.personId && !e.fromDate)) return 'dev.need.exclusionDates';
  return null;
}
