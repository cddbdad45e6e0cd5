import {
  DevelopmentErrorCode,
  type Refusal,
  type VoteCounts,
  type VoteOutcome,
  type VoterRoll,
} from '@bastion/development-contracts';

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

/** What is inconsistent in the counts themselves; empty when they add up. */
export function voteProblems(counts: VoteCounts): string[] {
  const problems: string[] = [];
  const expected = expectedVoters(counts);
  const ballots = counts.yes + counts.no + counts.abstain;
  const written = counts.written.yes + counts.written.no + counts.written.abstain;
  if (counts.exclusions.length > counts.votingMembers)
    problems.push('不计入应到会人数的党员多于有表决权的正式党员');
  if (counts.present > expected)
    problems.push(`实到会人数（${counts.present}）多于应到会人数（${expected}）`);
  if (ballots > counts.present) problems.push(`表决票数（${ballots}）多于实到会人数（${counts.present}）`);
  if (counts.present + written > expected)
    problems.push(`实到会人数与书面意见数之和（${counts.present + written}）多于应到会人数（${expected}）`);
  return problems;
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
  const refuse = (message: string, params: Refusal['params'] = {}): Refusal => ({
    code: DevelopmentErrorCode.VotersNotOnRoll,
    message,
    params: { date: meetingDate, expected: roll.withVotingRights, expectedVoters: roll.expected, ...params },
  });
  if (counts.votingMembers !== roll.withVotingRights)
    return refuse(
      `${meetingDate}支部有表决权的正式党员为${roll.withVotingRights}名（以党员名册为准），所录为${counts.votingMembers}名`,
      { typed: counts.votingMembers },
    );
  const names = counts.exclusions.map((e) => e.name.trim());
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) return refuse(`${twice}在不计入应到会人数的党员中列了两次`, { name: twice });
  const same = (e: { personId?: string | undefined; name: string }, r: { personId: string; name: string }) =>
    e.personId ? e.personId === r.personId : e.name.trim() === r.name;
  const missing = roll.excluded.find((r) => !counts.exclusions.some((e) => same(e, r)));
  if (missing)
    return refuse(`${missing.name}经上级同意不计入应到会人数（${missing.reason}），应列入`, {
      name: missing.name,
    });
  const covers = (e: { fromDate?: string | undefined; toDate?: string | null | undefined }) =>
    !!e.fromDate && e.fromDate <= meetingDate && (e.toDate == null || e.toDate >= meetingDate);
  const undated = counts.exclusions.find((e) => !roll.excluded.some((r) => same(e, r)) && !covers(e));
  if (undated)
    return refuse(`${undated.name}不计入应到会人数，须写明起止日期，且须包含会议日期${meetingDate}`, {
      name: undated.name,
    });
  return null;
}
