import {
  DevelopmentErrorCode,
  type Refusal,
  type VoteCounts,
  type VoteOutcome,
  type VoterRoll,
} from '@bastion/development-contracts';
import { composedText, type ComposedTextRef, renderText } from '@bastion/messages';
import { breach, reasonPiece, refuse } from './rule-refusal';

/**
 * Votes of the branch general meeting (steps 15 and 23), fixed rules:
 * - expected = full members with voting rights, less those excused with the superior's consent;
 * - quorate when present > expected / 2;
 * - passed when yes > expected / 2 — a majority of the expected, not of those present; exactly
 *   half fails; written opinions of absent voting members count as votes.
 * Integer arithmetic: `2 × n > expected` says "more than half" without fractions.
 */
export function expectedVoters(counts: VoteCounts): number {
  return Math.max(0, counts.votingMembers - counts.exclusions.length);
}

/** What is inconsistent in the counts themselves, as texts of the catalogue; empty when they add up. */
export function voteProblemTexts(counts: VoteCounts): ComposedTextRef[] {
  const problems: ComposedTextRef[] = [];
  const problem = (
    key: 'too_many_excluded' | 'present_over_expected' | 'ballots_over_present' | 'written_over_expected',
    params?: Record<string, number>,
  ) => problems.push(composedText(`development.vote.problem.${key}`, params));
  const expected = expectedVoters(counts);
  const ballots = counts.yes + counts.no + counts.abstain;
  const written = counts.written.yes + counts.written.no + counts.written.abstain;
  if (counts.exclusions.length > counts.votingMembers) problem('too_many_excluded');
  if (counts.present > expected) problem('present_over_expected', { present: counts.present, expected });
  if (ballots > counts.present) problem('ballots_over_present', { ballots, present: counts.present });
  if (counts.present + written > expected)
    problem('written_over_expected', { total: counts.present + written, expected });
  return problems;
}

/** What is inconsistent in the counts themselves, in the rule book's words; empty when they add up. */
export function voteProblems(counts: VoteCounts): string[] {
  return voteProblemTexts(counts).map((problem) => renderText(problem, 'zh-CN'));
}

/** A vote whose counts do not add up is refused, naming every inconsistency. */
export function voteRefusal(counts: VoteCounts): Refusal | null {
  const problems = voteProblemTexts(counts);
  if (!problems.length) return null;
  const listed = problems.flatMap((problem, i) => (i === 0 ? [problem] : [reasonPiece('then'), problem]));
  return breach('vote_inconsistent', { problems: listed });
}

export function countVote(counts: VoteCounts): VoteOutcome {
  const expected = expectedVoters(counts);
  const yesTotal = counts.yes + counts.written.yes;
  const quorate = 2 * counts.present > expected;
  const majority = 2 * yesTotal > expected;
  const problems = voteProblems(counts);
  let reason: string | null = null;
  if (problems.length) reason = problems.join('；');
  else if (expected === 0) reason = '没有应到会的有表决权的正式党员，不能表决';
  else if (!quorate)
    reason = `到会有表决权的正式党员（${counts.present}）未超过应到会人数（${expected}）的半数，不能开会表决`;
  else if (!majority)
    reason = `赞成票（含书面意见 ${counts.written.yes}）共 ${yesTotal} 票，未超过应到会有表决权的正式党员（${expected}）的半数`;
  return { expected, quorate: quorate && expected > 0, yesTotal, passed: reason === null, reason };
}

/**
 * Voters come from the roll, not from the keyboard: the number of members with voting rights is
 * the identity service's count on the meeting date (full members with voting rights — none under
 * 留党察看 with rights unrestored, none expelled), and the expected voters are that number less
 * the exclusions — those on record, which stay, and any the officer adds with a reason and the
 * dates it covers. A typed number that differs from the roll is refused with the roll's.
 */
export function rollRefusal(counts: VoteCounts, roll: VoterRoll, meetingDate: string): Refusal | null {
  const offRoll = (
    reason: 'roll_count' | 'excluded_twice' | 'excluded_missing' | 'excluded_undated',
    texts: Record<string, string | number>,
    params: Record<string, string | number> = {},
  ): Refusal =>
    refuse(DevelopmentErrorCode.VotersNotOnRoll, reason, texts, {
      date: meetingDate,
      expected: roll.withVotingRights,
      expectedVoters: roll.expected,
      ...params,
    });
  if (counts.votingMembers !== roll.withVotingRights)
    return offRoll(
      'roll_count',
      { date: meetingDate, expected: roll.withVotingRights, typed: counts.votingMembers },
      { typed: counts.votingMembers },
    );
  const names = counts.exclusions.map((e) => e.name.trim());
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) return offRoll('excluded_twice', { name: twice }, { name: twice });
  const same = (e: { personId?: string | undefined; name: string }, r: { personId: string; name: string }) =>
    e.personId ? e.personId === r.personId : e.name.trim() === r.name;
  const missing = roll.excluded.find((r) => !counts.exclusions.some((e) => same(e, r)));
  if (missing)
    return offRoll('excluded_missing', { name: missing.name, why: missing.reason }, { name: missing.name });
  const covers = (e: { fromDate?: string | undefined; toDate?: string | null | undefined }) =>
    !!e.fromDate && e.fromDate <= meetingDate && (e.toDate == null || e.toDate >= meetingDate);
  const undated = counts.exclusions.find((e) => !roll.excluded.some((r) => same(e, r)) && !covers(e));
  if (undated)
    return offRoll('excluded_undated', { name: undated.name, date: meetingDate }, { name: undated.name });
  return null;
}
