import { dueWithinMonths, isTooEarly, parseLocalDate as day } from '@bastion/calendar';
import {
  DevelopmentErrorCode,
  type NominatedMember,
  type PersonFacts,
  type Refusal,
  type RuleSet,
} from '@bastion/development-contracts';
import {
  expelledOn,
  mayApplyOn,
  rejoinAfterExpulsionYears,
  rejoinBarredUntil,
  type SanctionFacts,
  underCorrectionOrderOn,
  underProbationOn,
} from '@bastion/identity-contracts';
import { approverRefusalOf } from './deciding-route';
import { decisionTime, decisionTimeRefusal } from './decision-time';
import { breach, reasonPiece, refuse } from './rule-refusal';
import { reviewValidUntil } from './timing';

/**
 * 第十四条: a sponsor is a full member — not a probationary member, not under 留党察看 with rights
 * unrestored, not under a time-limited order to correct. A mentor (培养联系人) is a full member too.
 * Discipline is judged from the identity service's record on the step's date, never from the form.
 */
export function memberRefusal(
  role: '入党介绍人' | '培养联系人',
  nominated: NominatedMember,
  facts: PersonFacts | undefined,
  date: string,
): Refusal | null {
  const name = facts?.name ?? nominated.personId;
  const who = { name, role: reasonPiece(role === '入党介绍人' ? 'role.sponsor' : 'role.mentor') };
  if (!facts) return breach('member_not_found', who);
  const sanctions = facts.sanctions ?? [];
  if (expelledOn(sanctions, date)) return breach('member_expelled', who, { name, date });
  if (facts.membership === 'probationary') return breach('member_probationary', who);
  if (facts.membership !== 'full') return breach('member_not_full', who);
  if (role === '入党介绍人' && underProbationOn(sanctions, date))
    return breach('sponsor_on_probation', { name }, { name, date });
  if (role === '入党介绍人' && underCorrectionOrderOn(sanctions, date))
    return breach('sponsor_correcting', { name }, { name, date });
  return null;
}

/** Exactly two sponsors, two different people, each eligible on the date they are fixed. */
export function sponsorsRefusal(
  sponsors: readonly NominatedMember[],
  facts: readonly PersonFacts[],
  candidateId: string,
  rules: RuleSet,
  date: string,
): Refusal | null {
  const count = rules.fixed.sponsorCount;
  if (sponsors.length !== count) return breach('sponsor_count', { count });
  if (new Set(sponsors.map((s) => s.personId)).size !== sponsors.length) return breach('sponsors_same');
  if (sponsors.some((s) => s.personId === candidateId)) return breach('sponsor_is_candidate');
  for (const sponsor of sponsors) {
    const refusal = memberRefusal(
      '入党介绍人',
      sponsor,
      facts.find((f) => f.personId === sponsor.personId),
      date,
    );
    if (refusal) return refusal;
  }
  return null;
}

/**
 * A person expelled from the Party (开除党籍) may not apply again within five years of the
 * expulsion; checked on the application date against the identity service's record.
 */
export function applicantDisciplineRefusal(
  sanctions: readonly SanctionFacts[],
  applicationDate: string,
): Refusal | null {
  if (mayApplyOn(sanctions, applicationDate)) return null;
  const until = rejoinBarredUntil(sanctions)!;
  return breach(
    'rejoin_barred',
    { years: rejoinAfterExpulsionYears, until },
    { until, date: applicationDate },
  );
}

/** 第十七条: concentrated training of at least 3 days, or at least 24 class hours. */
export function trainingSufficient(training: { days: number; hours: number }, rules: RuleSet): boolean {
  return training.days >= rules.fixed.trainingMinDays || training.hours >= rules.fixed.trainingMinHours;
}

export function trainingRefusal(training: { days: number; hours: number }, rules: RuleSet): Refusal | null {
  if (trainingSufficient(training, rules)) return null;
  return breach('training_short', {
    days: rules.fixed.trainingMinDays,
    hours: rules.fixed.trainingMinHours,
    recordedDays: training.days,
    recordedHours: training.hours,
  });
}

/** 第十六条: no admission without a passed review, still valid (where the committee limits validity). */
export function reviewRefusal(
  review: { date: string; passed: boolean } | null,
  on: string,
  rules: RuleSet,
): Refusal | null {
  if (!review) return breach('no_review');
  if (!review.passed) return breach('review_failed');
  const until = reviewValidUntil(review.date, rules);
  if (until && on > until) return breach('review_expired', { until }, { until });
  return null;
}

/** 第十九条: a candidate leaving the unit within 3 months is normally not admitted; an exception needs a reason. */
export function leavingRefusal(
  reviewDate: string,
  leavingOn: string | null,
  exceptionReason: string | null,
  rules: RuleSet,
): Refusal | null {
  if (!leavingOn) return null;
  const limit = dueWithinMonths(day(reviewDate), rules.fixed.leavingWithinMonths);
  if (leavingOn > limit || (exceptionReason ?? '').trim().length >= 2) return null;
  return breach('leaving', { months: rules.fixed.leavingWithinMonths });
}

/** The oath is held by the committee or the branch, never by a party group. */
export function oathRefusal(heldBy: 'committee' | 'branch' | 'party_group'): Refusal | null {
  return heldBy === 'party_group' ? breach('oath_by_party_group') : null;
}

/**
 * Approval of the admission: within 3 months of the resolution; in special cases up to 6, with a
 * recorded reason; never later.
 */
export function approvalTimingRefusal(
  meetingDate: string,
  on: string,
  lateReason: string | null,
  rules: RuleSet,
): Refusal | null {
  return decisionTimeRefusal(decisionTime('admission', meetingDate, on, lateReason, rules), rules);
}

/** No early conversion: the application and the meeting come when probation has ended. */
export function conversionTimingRefusal(on: string, end: string): Refusal | null {
  return isTooEarly(day(on), day(end)) ? breach('early_conversion', { end }) : null;
}

/** The outcomes a conversion meeting may resolve: after an extension only convert or cancel. */
export function allowedOutcomes(extended: boolean): readonly ('convert' | 'extend' | 'cancel')[] {
  return extended ? ['convert', 'cancel'] : ['convert', 'extend', 'cancel'];
}

/** 延长预备期: once only, by at least 6 and at most 12 months. */
export function extensionRefusal(extended: boolean, months: number | null, rules: RuleSet): Refusal | null {
  if (extended) return breach('one_extension');
  const { extensionMinMonths: min, extensionMaxMonths: max } = rules.fixed;
  if (months === null || months < min || months > max) return breach('extension_months', { min, max });
  return null;
}

/**
 * Who may approve admissions: a committee with approval authority (the identity service's rule). A
 * general branch, a committee under a township or street committee, and a temporary branch never approve.
 */
export function approverRefusal(org: {
  kind: 'committee' | 'general_branch' | 'branch' | 'party_group';
  underTownshipOrStreet?: boolean;
  temporary?: boolean;
}): Refusal | null {
  const refusal = approverRefusalOf({
    kind: org.kind,
    isTemporary: org.temporary ?? false,
    dissolved: false,
  });
  if (refusal) return refusal;
  if (org.underTownshipOrStreet)
    return refuse(DevelopmentErrorCode.ApproverNotAuthorised, 'township_committee', undefined, {
      orgKind: org.kind,
      problem: 'no_authority',
    });
  return null;
}
