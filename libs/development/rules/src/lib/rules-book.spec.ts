import { createHolidayCalendar, shippedChinaHolidayData } from '@bastion/calendar';
import { nationalRuleSet, type RuleSet } from '@bastion/development-contracts';
import type { SanctionFacts, SanctionKind } from '@bastion/identity-contracts';
import { ageOn, applicantRefusal } from './age';
import {
  allowedOutcomes,
  approvalTimingRefusal,
  applicantDisciplineRefusal,
  approverRefusal,
  conversionTimingRefusal,
  extensionRefusal,
  leavingRefusal,
  memberRefusal,
  oathRefusal,
  reviewRefusal,
  sponsorsRefusal,
  trainingSufficient,
} from './eligibility';
import { ruleSetOn } from './rule-set-on';
import {
  approvalDue,
  approvalLatest,
  assessmentDue,
  earliestCandidate,
  probationEnd,
  talkDue,
  workingDaysAfter,
} from './timing';

const rules = nationalRuleSet();
const withSettings = (settings: Partial<RuleSet['settings']>): RuleSet => ({ ...rules, settings: { ...rules.settings, ...settings } });
const id = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

describe('第五条: the applicant is at least 18 on the application date', () => {
  it.each([
    ['2008-03-10', '2026-03-10', 18, false],
    ['2008-03-11', '2026-03-10', 17, true],
    ['2008-02-29', '2026-02-28', 17, true],
    ['2008-02-29', '2026-03-01', 18, false],
    ['1990-12-31', '2026-01-01', 35, false],
    ['2010-06-01', '2026-06-01', 16, true],
  ])('born %s, applying %s: %i years old, refused %s', (birth, on, age, refused) => {
    expect(ageOn(birth, on)).toBe(age);
    expect(applicantRefusal({ birthDate: birth }, on, rules) !== null).toBe(refused);
  });
  it('refuses an applicant with no birth date on record until it is completed', () => {
    expect(applicantRefusal({ birthDate: null }, '2026-01-05', rules)?.message).toContain('出生日期');
  });
});

describe('第七条: the talk within one month of the application', () => {
  it.each([
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2026-03-15', '2026-04-15'],
    ['2026-12-20', '2027-01-20'],
  ])('application %s → talk due %s', (app, due) => expect(talkDue(app, rules)).toBe(due));
});

describe('第十一条: an assessment every six months from the activist date', () => {
  it.each([
    [1, '2026-09-10'],
    [2, '2027-03-10'],
    [3, '2027-09-10'],
  ])('assessment %i due %s', (k, due) => expect(assessmentDue('2026-03-10', k, rules)).toBe(due));
});

describe('第十三条: a candidate at least one year after the activist date', () => {
  it.each([
    ['2025-03-10', '2026-03-10'],
    ['2024-02-29', '2025-02-28'],
    ['2025-12-31', '2026-12-31'],
  ])('activist %s → first allowed %s', (activist, earliest) => expect(earliestCandidate(activist, rules)).toBe(earliest));
});

describe('第十四条: sponsors are two eligible full members, judged by the discipline on record', () => {
  const on = '2026-06-01';
  const sanction = (kind: SanctionKind, extra: Partial<SanctionFacts> = {}): SanctionFacts => ({
    kind,
    effectiveFrom: '2026-01-10',
    termMonths: kind === 'probation' ? 12 : null,
    rightsRestoredOn: null,
    until: kind === 'correction_order' ? '2026-09-30' : null,
    ...extra,
  });
  const full = (n: number, ...sanctions: SanctionFacts[]) => ({
    personId: id(n),
    name: `党员${n}`,
    orgId: id(9),
    membership: 'full' as const,
    sanctions,
  });
  const probationer = { personId: id(4), name: '预备', orgId: id(9), membership: 'probationary' as const };
  const nobody = { personId: id(5), name: '群众', orgId: id(9), membership: null };
  const all = [
    full(1),
    full(2),
    full(3),
    probationer,
    nobody,
    full(7, sanction('probation')),
    full(8, sanction('correction_order')),
    full(10, sanction('expulsion')),
    full(11, sanction('warning'), sanction('serious_warning'), sanction('removal_from_post')),
    full(12, sanction('probation', { rightsRestoredOn: '2026-05-20' })),
  ];
  const s = (n: number) => ({ personId: id(n) });
  it.each([
    ['two full members', [s(1), s(2)], null],
    ['one sponsor', [s(1)], '2名'],
    ['three sponsors', [s(1), s(2), s(3)], '2名'],
    ['the same person twice', [s(1), s(1)], '同一人'],
    ['a probationary member', [s(1), s(4)], '预备党员'],
    ['a non-member', [s(1), s(5)], '不是正式党员'],
    ['a member under 留党察看 on record', [s(1), s(7)], '留党察看'],
    ['a member under an order to correct on record', [s(1), s(8)], '限期改正'],
    ['a member expelled on record', [s(1), s(10)], '开除党籍'],
    ['a member with 警告, 严重警告, 撤销党内职务 only', [s(1), s(11)], null],
    ['a member whose rights were restored after 留党察看', [s(1), s(12)], null],
    ['the candidate', [s(1), s(6)], '自己'],
  ])('%s', (_, sponsors, message) => {
    const refusal = sponsorsRefusal(sponsors, all, id(6), rules, on);
    if (message === null) expect(refusal).toBeNull();
    else expect(refusal?.message).toContain(message);
  });
  it('on the date the sponsors are fixed: before 留党察看 took effect a member may sponsor', () => {
    expect(sponsorsRefusal([s(1), s(7)], all, id(6), rules, '2026-01-09')).toBeNull();
    expect(sponsorsRefusal([s(1), s(8)], all, id(6), rules, '2026-10-01')).toBeNull();
  });
  it('takes a probationary mentor as no mentor', () => {
    expect(memberRefusal('培养联系人', s(4), probationer, on)?.message).toContain('预备党员');
  });
  it('an expelled member is no mentor; 留党察看 alone does not bar mentoring', () => {
    expect(memberRefusal('培养联系人', s(10), all[7], on)?.message).toContain('开除党籍');
    expect(memberRefusal('培养联系人', s(7), all[5], on)).toBeNull();
  });
});

describe('an applicant expelled from the Party (开除党籍) waits five years', () => {
  const expelled: SanctionFacts[] = [
    { kind: 'expulsion', effectiveFrom: '2022-03-15', termMonths: null, rightsRestoredOn: null, until: null },
  ];
  it('is refused within five years, with the first day a new application is possible', () => {
    const refusal = applicantDisciplineRefusal(expelled, '2027-03-14');
    expect(refusal?.message).toContain('5年内不得重新入党');
    expect(refusal?.params).toMatchObject({ until: '2027-03-15' });
  });
  it('may apply again from five years after the expulsion; other sanctions do not bar', () => {
    expect(applicantDisciplineRefusal(expelled, '2027-03-15')).toBeNull();
    expect(applicantDisciplineRefusal([], '2027-03-15')).toBeNull();
  });
});

describe('第十六条: a passed political review, within its validity', () => {
  const limited = withSettings({ reviewValidityMonths: 12 });
  it.each([
    [null, '2026-05-01', rules, '未经政治审查'],
    [{ date: '2026-01-10', passed: false }, '2026-05-01', rules, '未通过'],
    [{ date: '2026-01-10', passed: true }, '2028-05-01', rules, null],
    [{ date: '2026-01-10', passed: true }, '2027-01-10', limited, null],
    [{ date: '2026-01-10', passed: true }, '2027-01-11', limited, '过期'],
  ])('review %j on %s', (review, on, set, message) => {
    const refusal = reviewRefusal(review, on, set);
    if (message === null) expect(refusal).toBeNull();
    else expect(refusal?.message).toContain(message);
  });
});

describe('第十七条: training of at least 3 days or 24 class hours', () => {
  it.each([
    [3, 0, true],
    [2, 24, true],
    [2, 23, false],
    [0, 30, true],
    [2.5, 20, false],
    [5, 40, true],
  ])('%i days, %i hours → sufficient %s', (days, hours, ok) => expect(trainingSufficient({ days, hours }, rules)).toBe(ok));
});

describe('第十九条: leaving the unit within 3 months', () => {
  it.each([
    [null, null, false],
    ['2026-08-10', null, true],
    ['2026-08-11', null, false],
    ['2026-06-01', '援疆干部，组织批准', false],
  ])('leaving on %s with exception %s → refused %s', (leaving, exception, refused) => {
    expect(leavingRefusal('2026-05-10', leaving, exception, rules) !== null).toBe(refused);
  });
});

describe('approval within 3 months of the resolution, at most 6 with a recorded reason', () => {
  const meeting = '2026-01-15';
  it('dates the limits', () => {
    expect(approvalDue(meeting, rules)).toBe('2026-04-15');
    expect(approvalLatest(meeting, rules)).toBe('2026-07-15');
  });
  it.each([
    ['2026-04-15', null, null],
    ['2026-04-16', null, '特殊情况的理由'],
    ['2026-04-16', '党委换届', null],
    ['2026-07-15', '党委换届', null],
    ['2026-07-16', '党委换届', '重新履行接收程序'],
  ])('approved on %s with reason %s', (on, reason, message) => {
    const refusal = approvalTimingRefusal(meeting, on, reason, rules);
    if (message === null) expect(refusal).toBeNull();
    else expect(refusal?.message).toContain(message);
  });
});

describe('probation: one year from the meeting date, no early conversion, one extension of 6–12 months', () => {
  it.each([
    ['2026-03-01', '2027-03-01'],
    ['2024-02-29', '2025-02-28'],
  ])('meeting %s → probation ends %s', (meeting, end) => expect(probationEnd(meeting, rules)).toBe(end));
  it.each([
    ['2027-02-28', true],
    ['2027-03-01', false],
  ])('conversion on %s before the end 2027-03-01 refused %s', (on, refused) => {
    expect(conversionTimingRefusal(on, '2027-03-01') !== null).toBe(refused);
  });
  it.each([
    [false, 5, true],
    [false, 6, false],
    [false, 12, false],
    [false, 13, true],
    [false, null, true],
    [true, 6, true],
  ])('extended before %s, %s months → refused %s', (extended, months, refused) => {
    expect(extensionRefusal(extended, months, rules) !== null).toBe(refused);
  });
  it('allows only convert or cancel after an extension', () => {
    expect(allowedOutcomes(false)).toEqual(['convert', 'extend', 'cancel']);
    expect(allowedOutcomes(true)).toEqual(['convert', 'cancel']);
  });
});

describe('who holds the oath and who may approve', () => {
  it.each([
    ['committee', false],
    ['branch', false],
    ['party_group', true],
  ] as const)('an oath held by %s refused %s', (by, refused) => expect(oathRefusal(by) !== null).toBe(refused));
  it.each([
    [{ kind: 'committee' as const }, null],
    [{ kind: 'general_branch' as const }, '党总支'],
    [{ kind: 'branch' as const }, '党支部不能审批'],
    [{ kind: 'committee' as const, underTownshipOrStreet: true }, '乡镇'],
    [{ kind: 'committee' as const, temporary: true }, '临时'],
  ])('%j', (org, message) => {
    const refusal = approverRefusal(org);
    if (message === null) expect(refusal).toBeNull();
    else expect(refusal).toMatchObject({ code: 'APPROVER_NOT_AUTHORISED', message: expect.stringContaining(message) });
  });
});

describe('versions of the rules', () => {
  const v2 = { ...rules, id: 'committee-x/2', effectiveFrom: '2026-07-01' };
  it.each([
    ['2026-06-30', 'national-2014'],
    ['2026-07-01', 'committee-x/2'],
    ['2010-01-01', 'national-2014'],
  ])('a step on %s follows %s', (date, id) => expect(ruleSetOn([rules, v2], date).id).toBe(id));
});

describe('working days past the published holiday data', () => {
  const calendar = createHolidayCalendar(shippedChinaHolidayData);
  it('counts the calendar where it has data and weekdays beyond it', () => {
    expect(workingDaysAfter('2026-09-30', 1, calendar)).toBe('2026-10-08');
    expect(workingDaysAfter('2029-01-05', 1, calendar)).toBe('2029-01-08');
  });
});
