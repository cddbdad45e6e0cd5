import { voteCountsSchema, type VoteCountsInput } from '@bastion/development-contracts';
import { countVote, expectedVoters, rollRefusal } from './vote';

const counts = (
  c: Omit<VoteCountsInput, 'no' | 'abstain'> & Partial<Pick<VoteCountsInput, 'no' | 'abstain'>>,
) => voteCountsSchema.parse({ no: 0, abstain: 0, ...c });

describe('votes of the branch general meeting (steps 15 and 23)', () => {
  describe('quorum: present must be more than half of the expected', () => {
    it.each(
      Array.from({ length: 30 }, (_, i) => i + 1).flatMap((expected) =>
        Array.from(
          { length: expected + 1 },
          (_, present) => [expected, present, 2 * present > expected] as const,
        ),
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
      const outcome = countVote(
        counts({ votingMembers: expected, present: expected, yes, no: expected - yes }),
      );
      expect(outcome.passed).toBe(passed);
    });
  });

  it.each([
    [10, 5],
    [8, 4],
    [2, 1],
    [20, 10],
  ])('exactly half fails: %i expected, %i in favour', (expected, yes) => {
    const outcome = countVote(
      counts({ votingMembers: expected, present: expected, yes, no: expected - yes }),
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toContain('未超过');
  });

  it('counts the majority of the expected even when it is a majority of those present', () => {
    // 9 expected, 6 present, 4 yes: a majority of those present, not of the expected.
    const outcome = countVote(counts({ votingMembers: 9, present: 6, yes: 4, no: 2 }));
    expect(outcome).toMatchObject({ expected: 9, quorate: true, yesTotal: 4, passed: false });
  });

  it('counts written opinions of absent voting members as votes', () => {
    const outcome = countVote(
      counts({ votingMembers: 9, present: 5, yes: 4, no: 1, written: { yes: 1, no: 0, abstain: 0 } }),
    );
    expect(outcome).toMatchObject({ yesTotal: 5, passed: true });
    expect(countVote(counts({ votingMembers: 9, present: 5, yes: 4, no: 1 })).passed).toBe(false);
  });

  it('does not count written opinions towards the quorum', () => {
    const outcome = countVote(
      counts({ votingMembers: 9, present: 4, yes: 4, written: { yes: 4, no: 0, abstain: 0 } }),
    );
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
    [
      'present and written above the expected',
      { votingMembers: 9, present: 8, yes: 8, written: { yes: 2, no: 0, abstain: 0 } },
      '之和',
    ],
  ])('refuses counts that do not add up: %s', (_, c, message) => {
    const outcome = countVote(counts(c as never));
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toContain(message);
  });

  it('cannot vote with nobody expected', () => {
    expect(countVote(counts({ votingMembers: 0, present: 0, yes: 0 })).passed).toBe(false);
  });
});

describe('voters come from the roll, not from the keyboard', () => {
  const roll = (withVotingRights: number, excluded: { name: string; reason: string }[] = []) => ({
    date: '2026-06-10',
    withVotingRights,
    excluded: excluded.map((e, i) => ({ personId: `00000000-0000-4000-a000-00000000000${i}`, ...e })),
    expected: withVotingRights - excluded.length,
  });
  const meeting = '2026-06-10';
  it('takes the number the roll gives', () => {
    expect(rollRefusal(counts({ votingMembers: 9, present: 6, yes: 6 }), roll(9), meeting)).toBeNull();
  });
  it('refuses a typed number that differs from the roll, with the roll’s number', () => {
    const refusal = rollRefusal(counts({ votingMembers: 10, present: 6, yes: 6 }), roll(9), meeting);
    expect(refusal).toMatchObject({
      code: 'VOTERS_NOT_ON_ROLL',
      params: { expected: 9, typed: 10, date: meeting },
    });
    expect(refusal?.message).toContain('9名');
    expect(
      rollRefusal(counts({ votingMembers: 8, present: 6, yes: 6 }), roll(9), meeting)?.params,
    ).toMatchObject({ expected: 9 });
  });
  it('keeps the exclusions on record', () => {
    const onRecord = roll(9, [{ name: '赵出国', reason: '出国六个月以上' }]);
    expect(
      rollRefusal(counts({ votingMembers: 9, present: 5, yes: 5 }), onRecord, meeting)?.params,
    ).toMatchObject({
      name: '赵出国',
      expectedVoters: 8,
    });
    expect(
      rollRefusal(
        counts({
          votingMembers: 9,
          exclusions: [{ name: '赵出国', reason: '出国六个月以上' }],
          present: 5,
          yes: 5,
        }),
        onRecord,
        meeting,
      ),
    ).toBeNull();
  });
  it('an exclusion recorded at the meeting names its reason and the dates that cover the meeting', () => {
    const at = (fromDate?: string, toDate?: string | null) =>
      counts({
        votingMembers: 9,
        exclusions: [{ name: '钱住院', reason: '长期住院', fromDate, toDate }],
        present: 5,
        yes: 5,
      });
    expect(rollRefusal(at(), roll(9), meeting)?.message).toContain('起止日期');
    expect(rollRefusal(at('2026-06-11'), roll(9), meeting)?.code).toBe('VOTERS_NOT_ON_ROLL');
    expect(rollRefusal(at('2026-03-01', '2026-06-09'), roll(9), meeting)?.code).toBe('VOTERS_NOT_ON_ROLL');
    expect(rollRefusal(at('2026-03-01', '2026-09-30'), roll(9), meeting)).toBeNull();
    expect(rollRefusal(at('2026-03-01', null), roll(9), meeting)).toBeNull();
    expect(countVote(at('2026-03-01', null)).expected).toBe(8);
  });
  it('a member is excluded once', () => {
    const twice = counts({
      votingMembers: 9,
      exclusions: [
        { name: '钱住院', reason: '长期住院', fromDate: '2026-03-01' },
        { name: '钱住院', reason: '长期住院', fromDate: '2026-03-01' },
      ],
      present: 5,
      yes: 5,
    });
    expect(rollRefusal(twice, roll(9), meeting)?.message).toContain('两次');
  });
});
