import {
  addSanctionSchema,
  expectedVoterOn,
  fullMemberOn,
  mayApplyOn,
  maySponsorOn,
  type MemberOnRecord,
  memberOn,
  probationTermEnds,
  type SanctionFacts,
  sponsorBar,
  votingRightsOn,
} from './discipline';

const full = {
  status: 'full' as const,
  admissionDate: '2015-06-01',
  standingDate: '2016-06-01',
  votingRights: true,
};
const member = (...sanctions: Partial<SanctionFacts>[]): MemberOnRecord => ({
  membership: full,
  sanctions: sanctions.map((s) => ({
    kind: 'warning',
    effectiveFrom: '2024-03-01',
    termMonths: null,
    rightsRestoredOn: null,
    until: null,
    ...s,
  })),
});
const probation = (rightsRestoredOn: string | null = null) =>
  member({ kind: 'probation', effectiveFrom: '2024-03-01', termMonths: 12, rightsRestoredOn });

describe('party discipline on the member (党纪处分)', () => {
  describe('voting rights (表决权)', () => {
    it('a full member without sanctions votes', () => {
      expect(votingRightsOn(member(), '2025-01-01')).toBe(true);
    });
    it('a probationary member does not vote', () => {
      expect(
        votingRightsOn(
          { membership: { ...full, status: 'probationary', standingDate: null }, sanctions: [] },
          '2025-01-01',
        ),
      ).toBe(false);
    });
    it('a full member votes only from the day their standing counts', () => {
      expect(votingRightsOn(member(), '2016-05-31')).toBe(false);
      expect(votingRightsOn(member(), '2016-06-01')).toBe(true);
    });
    it('警告, 严重警告 and 撤销党内职务 leave voting rights as they are', () => {
      for (const kind of ['warning', 'serious_warning', 'removal_from_post'] as const)
        expect(votingRightsOn(member({ kind }), '2024-06-01')).toBe(true);
    });
    it('during 留党察看 a member has no voting rights, from the day it takes effect', () => {
      expect(votingRightsOn(probation(), '2024-02-29')).toBe(true);
      expect(votingRightsOn(probation(), '2024-03-01')).toBe(false);
      expect(votingRightsOn(probation(), '2024-12-31')).toBe(false);
    });
    it('the end of the term alone does not restore them: the restoration is recorded', () => {
      expect(probationTermEnds({ effectiveFrom: '2024-03-01', termMonths: 12 })).toBe('2025-03-01');
      expect(votingRightsOn(probation(), '2025-06-01')).toBe(false);
    });
    it('rights restored on a date count from that date', () => {
      expect(votingRightsOn(probation('2025-03-02'), '2025-03-01')).toBe(false);
      expect(votingRightsOn(probation('2025-03-02'), '2025-03-02')).toBe(true);
    });
    it('after 开除党籍 the person is not a member at all', () => {
      const expelled = member({ kind: 'expulsion', effectiveFrom: '2024-05-10' });
      expect(memberOn(expelled, '2024-05-09')).toBe(true);
      expect(memberOn(expelled, '2024-05-10')).toBe(false);
      expect(fullMemberOn(expelled, '2024-05-10')).toBe(false);
      expect(votingRightsOn(expelled, '2030-01-01')).toBe(false);
    });
    it('an expected voter is a member with voting rights on the meeting date', () => {
      expect(expectedVoterOn(probation(), '2024-06-01')).toBe(false);
      expect(expectedVoterOn(member(), '2024-06-01')).toBe(true);
    });
  });

  describe('sponsoring (《细则》第十四条)', () => {
    it('a full member with rights may sponsor', () => {
      expect(maySponsorOn(member(), '2024-06-01')).toBe(true);
      expect(sponsorBar(member(), '2024-06-01')).toBeNull();
    });
    it('not under 留党察看 with rights unrestored', () => {
      expect(maySponsorOn(probation(), '2024-06-01')).toBe(false);
      expect(sponsorBar(probation(), '2024-06-01')).toBe('probation');
      expect(maySponsorOn(probation('2025-03-01'), '2025-03-01')).toBe(true);
    });
    it('not under a time-limited order to correct, its last day included', () => {
      const ordered = member({ kind: 'correction_order', effectiveFrom: '2024-03-01', until: '2024-09-01' });
      expect(sponsorBar(ordered, '2024-09-01')).toBe('correction_order');
      expect(maySponsorOn(ordered, '2024-09-02')).toBe(true);
      // An order to correct does not take away the vote.
      expect(votingRightsOn(ordered, '2024-06-01')).toBe(true);
    });
    it('not expelled, not a probationary member', () => {
      expect(sponsorBar(member({ kind: 'expulsion' }), '2024-06-01')).toBe('expelled');
      expect(
        sponsorBar(
          { membership: { ...full, status: 'probationary', standingDate: null }, sanctions: [] },
          '2024-06-01',
        ),
      ).toBe('not_full');
    });
    it('on the date of the step, not today', () => {
      expect(maySponsorOn(probation('2025-03-01'), '2024-12-01')).toBe(false);
    });
  });

  describe('applying again after 开除党籍', () => {
    it('five years must have passed', () => {
      const expelled = [
        {
          kind: 'expulsion' as const,
          effectiveFrom: '2020-04-01',
          termMonths: null,
          rightsRestoredOn: null,
          until: null,
        },
      ];
      expect(mayApplyOn(expelled, '2025-03-31')).toBe(false);
      expect(mayApplyOn(expelled, '2025-04-01')).toBe(true);
      expect(mayApplyOn([], '2025-04-01')).toBe(true);
    });
  });

  describe('what a recorded sanction must state', () => {
    const base = {
      decidedOn: '2024-02-20',
      effectiveFrom: '2024-03-01',
      decidingBody: '集团党委',
      reason: '违反组织纪律',
    };
    it('留党察看 has a term of one or two years', () => {
      expect(addSanctionSchema.safeParse({ ...base, kind: 'probation', termMonths: 12 }).success).toBe(true);
      expect(addSanctionSchema.safeParse({ ...base, kind: 'probation', termMonths: 18 }).success).toBe(false);
      expect(addSanctionSchema.safeParse({ ...base, kind: 'probation' }).success).toBe(false);
    });
    it('only 留党察看 has a term and a restoration date', () => {
      expect(addSanctionSchema.safeParse({ ...base, kind: 'warning', termMonths: 12 }).success).toBe(false);
      expect(
        addSanctionSchema.safeParse({ ...base, kind: 'warning', rightsRestoredOn: '2025-03-01' }).success,
      ).toBe(false);
    });
    it('an order to correct has its last day', () => {
      expect(addSanctionSchema.safeParse({ ...base, kind: 'correction_order' }).success).toBe(false);
      expect(
        addSanctionSchema.safeParse({ ...base, kind: 'correction_order', until: '2024-09-01' }).success,
      ).toBe(true);
    });
    it('takes effect no earlier than it was decided', () => {
      expect(
        addSanctionSchema.safeParse({ ...base, kind: 'warning', effectiveFrom: '2024-02-19' }).success,
      ).toBe(false);
    });
  });
});
