import type { CaseRecord, MigratedStepInput } from '@bastion/development-contracts';
import { ctxOn, paperCase } from '../../../testing/paper-case';
import { renderText, renderTexts, textCatalogue } from '@bastion/messages';
import { type ComplianceRuleId, complianceReport, complianceRules } from './compliance-report';

/**
 * Which fixed rule of the domain file (member-development.md) each check stands for, in its
 * words: a rule added there needs a check here, and the report must carry it.
 */
const FIXED_RULES_OF_THE_DOMAIN: Record<ComplianceRuleId, string> = {
  age: 'applicant is at least 18 on the application date (Art. 5)',
  talk: 'talk within 1 month of receiving the application (Art. 7)',
  assessments: 'assessment every 6 months from the activist date (Art. 11)',
  one_year_as_activist: 'development candidate at least 1 year after the activist date (Art. 13)',
  sponsors: 'exactly 2 full members as sponsors (Art. 14)',
  political_review: 'no admission without a passed review (Art. 16)',
  training: 'at least 3 days or 24 class hours; no admission without it (Art. 17)',
  leaving_within_three_months: 'a candidate leaving the unit within 3 months is normally not admitted (Art. 19)',
  pre_review_before_form: 'written pre-review result; application form issued only on a pass (step 13)',
  admission_vote: 'quorate when present > expected / 2, passed when yes > expected / 2 (step 15)',
  approval_talk: 'talk before approval: before step 17 (step 16)',
  approval_time: 'approval within 3 months of the resolution, up to 6 with a recorded reason, never later (step 17)',
  oath_held_by: 'oath held by the committee or the branch, never a party group (step 20)',
  probation_one_year: 'probation is 1 year from the step-15 meeting date (step 21)',
  no_early_conversion: 'apply for conversion when probation ends: no early conversion (step 22)',
  conversion_vote: 'the conversion vote: same quorum and majority rules (step 23)',
  extension: 'extension once only, by at least 6 and at most 12 months',
  conversion_approval_time: 'approval of the conversion decision within 3 months of the resolution (step 24)',
  standing_date: 'standing counts from the day probation ends, never from the meeting',
};

function record(
  today: string,
  until: MigratedStepInput['type'] | null,
  over: Partial<Record<MigratedStepInput['type'], object | null>> = {},
  edit: (r: CaseRecord) => CaseRecord = (r) => r,
) {
  const opened = paperCase(today, until, over);
  expect(opened.problems).toEqual([]);
  return complianceReport(edit(opened.record), ctxOn(today));
}

const byId = (checks: ReturnType<typeof complianceReport>) => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('the compliance report lists every fixed rule of the domain file', () => {
  it('has a check for each fixed rule, and no other', () => {
    expect([...complianceRules].sort()).toEqual(Object.keys(FIXED_RULES_OF_THE_DOMAIN).sort());
  });

  it.each([...complianceRules])('has the article and the words of rule %s in the one catalogue', (id) => {
    expect(Object.keys(textCatalogue)).toEqual(
      expect.arrayContaining([`development.compliance.${id}.article`, `development.compliance.${id}.rule`]),
    );
  });

  it.each([
    ['a new application', 'talk' as const, '2023-01-25'],
    ['an admitted candidate', 'admission_meeting' as const, '2024-05-12'],
    ['a converted member', null, '2025-07-01'],
  ])('carries every rule on the report of %s, each with a result and its dates', (_what, until, today) => {
    const checks = record(today, until);
    expect(checks.map((c) => c.id)).toEqual([...complianceRules]);
    for (const c of checks) {
      expect(['pass', 'fail', 'pending', 'not_applicable']).toContain(c.result);
      expect(Object.keys(c.dates).length).toBeGreaterThan(0);
      for (const language of ['zh-CN', 'en-US'] as const) {
        expect(renderText(c.rule, language)).not.toBe(c.rule.key);
        expect(renderTexts(c.detail, language)).not.toMatch(/\{\w+\}|development\./);
      }
    }
  });

  it('passes every rule of a case kept by the book, with the dates it rests on', () => {
    const checks = byId(record('2025-07-01', null));
    expect(Object.values(checks).filter((c) => c.result !== 'pass' && c.id !== 'extension')).toEqual([]);
    expect(checks['extension']!.result).toBe('not_applicable');
    expect(checks['conversion_vote']).toMatchObject({ result: 'pass', dates: { meeting: '2025-05-15', probationEnd: '2025-05-10' } });
    expect(checks['approval_talk']).toMatchObject({ result: 'pass', dates: { approvalTalk: '2024-05-20', approval: '2024-06-10' } });
    expect(checks['leaving_within_three_months']).toMatchObject({ result: 'pass', dates: { committeeReview: '2024-04-10', leavingOn: null } });
    expect(checks['conversion_approval_time']).toMatchObject({
      result: 'pass',
      dates: { meeting: '2025-05-15', due: '2025-08-15', latest: '2025-11-15', approval: '2025-06-01' },
    });
  });

  it('fails the talk before approval on a record whose committee approved without it', () => {
    // The steps refuse an approval before the talk; a record kept before they did may lack it.
    const withoutTalk = (r: CaseRecord) => ({ ...r, dates: { ...r.dates, approvalTalk: null } });
    const checks = byId(record('2025-07-01', null, {}, withoutTalk));
    expect(checks['approval_talk']).toMatchObject({ result: 'fail', dates: { approvalTalk: null, approval: '2024-06-10' } });
    expect(renderTexts(checks['approval_talk']!.detail, 'en-US')).toBe('Approved on 2024-06-10 without the talk');
  });

  it('shows the candidate leaving within three months, admitted on a recorded exception', () => {
    const checks = byId(record('2024-05-12', 'admission_meeting', { committee_review: { leavingOn: '2024-06-30', exceptionReason: '援疆项目，经党委同意' } }));
    expect(checks['leaving_within_three_months']).toMatchObject({
      result: 'pass',
      dates: { committeeReview: '2024-04-10', leavingOn: '2024-06-30', leavingLimit: '2024-07-10' },
    });
    expect(renderTexts(checks['leaving_within_three_months']!.detail, 'zh-CN')).toBe('2024-06-30离开，例外理由：援疆项目，经党委同意');
    expect(renderTexts(checks['leaving_within_three_months']!.detail, 'en-US')).toBe('Leaving on 2024-06-30; exception: 援疆项目，经党委同意');
  });

  it('keeps the steps still to come pending on an open case', () => {
    const checks = byId(record('2024-05-12', 'admission_meeting'));
    expect(checks['admission_vote']!.result).toBe('pass');
    expect(checks['approval_talk']!.result).toBe('pending');
    expect(checks['approval_time']).toMatchObject({ result: 'pending', dates: { meeting: '2024-05-10', due: '2024-08-10', latest: '2024-11-10' } });
    for (const later of ['oath_held_by', 'no_early_conversion', 'conversion_vote', 'conversion_approval_time', 'standing_date'])
      expect(checks[later]!.result).toBe('pending');
  });

  it('fails an approval not given within the longest period', () => {
    const checks = byId(record('2024-11-20', 'approval_talk'));
    expect(checks['approval_time']).toMatchObject({ result: 'fail', dates: { latest: '2024-11-10', approval: null } });
  });

  it('passes a conversion approved late with a recorded special reason, and fails one without', () => {
    const late = { date: '2025-09-01', approved: true, lateReason: '党委换届，延期集体讨论' };
    expect(byId(record('2025-09-05', null, { conversion_decision: late }))['conversion_approval_time']!.result).toBe('pass');
    const unexplained = (r: CaseRecord) => ({ ...r, conversionLateReason: null });
    expect(byId(record('2025-09-05', null, { conversion_decision: late }, unexplained))['conversion_approval_time']).toMatchObject({
      result: 'fail',
      dates: { meeting: '2025-05-15', due: '2025-08-15', approval: '2025-09-01' },
    });
  });
});
