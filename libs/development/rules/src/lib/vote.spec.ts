import { voteCountsSchema, type VoteCountsInput } from '@bastion/development-contracts';
import { countVote, expectedVoters } from './vote';

const counts = (c: Omit<VoteCountsInput, 'no' | 'abstain'> & Partial<Pick<VoteCountsInput, 'no' | 'abstain'>>) =>
  voteCountsSchema.parse({ no: 0, abstain: 0, ...c });

describe('votes of the branch general meeting (steps 15 and 23)', () => {
  describe('quorum: present must be more than half of the expected', () => {
    it.each(
      Array.from({ length: 30 }, (_, i) => i + 1).flatMap((expected) =>
        Array.from({ length: expected + 1 }, (_, present) => [expected, present, 2 * present > expected] as const),
      ),
    )('expected %i, present %i → quorate %s', (expected, present, quorate) => {
      expect(countVote(counts({ votingMembers: expected, present, yes: present })).quorate).toBe(quorate);
    });
  });

  describe('majority: yes must be more than half of the expected, not of those present', () => {
    it.each(
      Array.from({ length: 20 }, (_, i) => i + 2).flatMap((expected) =>
        Array.from({ length: expected + 1 }, (_, yes) => [expected, yes, 2 * yes > expected] as const),
      ),
    )('expected %i, everyone present, yes %i → passed %s', (expected, yes, passed) => {
      const outcome = countVote(counts({ votingMembers: expected, present: expected, yes, no: expected - yes }));
      expect(outcome.passed).toBe(passed);
    });
  });

  it.each([
    [10, 5],
    [8, 4],
    [2, 1],
    [20, 10],
  ])('exactly half fails: %i expected, %i in favour', (expected, yes) => {
    const outcome = countVote(counts({ votingMembers: expected, present: expected, yes, no: expected - yes }));
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toContain('未超过');
  });

  it('counts the majority of the expected even when it is a majority of those present', () => {
    // 9 expected, 6 present, 4 yes: a majority of those present, not of the expected.
    const outcome = countVote(counts({ votingMembers: 9, present: 6, yes: 4, no: 2 }));
    expect(outcome).toMatchObject({ expected: 9, quorate: true, yesTotal: 4, passed: false });
  });

  it('counts written opinions of absent voting members as votes', () => {
    const outcome = countVote(counts({ votingMembers: 9, present: 5, yes: 4, no: 1, written: { yes: 1, no: 0, abstain: 0 } }));
    expect(outcome).toMatchObject({ yesTotal: 5, passed: true });
    expect(countVote(counts({ votingMembers: 9, present: 5, yes: 4, no: 1 })).passed).toBe(false);
  });

  it('does not count written opinions towards the quorum', () => {
    const outcome = countVote(counts({ votingMembers: 9, present: 4, yes: 4, written: { yes: 4, no: 0, abstain: 0 } }));
    expect(outcome).toMatchObject({ quorate: false, passed: false });
  });

  it('leaves the excused (with the superior’s consent and a reason) out of the expected', () => {
    const excused = [
      { name: '甲', reason: '长期病休' },
      { name: '乙', reason: '出国半年以上' },
    ];
    const vote = counts({ votingMembers: 11, exclusions: excused, present: 5, yes: 5 });
    expect(expectedVoters(vote)).toBe(9);
    expect(countVote(vote)).toMatchObject({ expected: 9, quorate: true, passed: true });
    expect(countVote(counts({ votingMembers: 11, present: 5, yes: 5 })).passed).toBe(false);
  });

  it.each([
    ['more present than expected', { votingMembers: 5, present: 6, yes: 6 }, '多于应到会人数'],
    ['more ballots than present', { votingMembers: 9, present: 5, yes: 5, no: 2 }, '多于实到会人数'],
    ['present and written above the expected', { votingMembers: 9, present: 8, yes: 8, written: { yes: 2, no: 0, abstain: 0 } }, '之和'],
  ])('refuses counts that do not add up: %s', (_, c, message) => {
    const outcome = countVote(counts(c as never));
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toContain(message);
  });

  it('cannot vote with nobody expected', () => {
    expect(countVote(counts({ votingMembers: 0, present: 0, yes: 0 })).passed).toBe(false);
  });
});
