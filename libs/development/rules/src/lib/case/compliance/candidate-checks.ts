import { dueWithinMonths, parseLocalDate } from '@bastion/calendar';
import { trainingSufficient } from '../../eligibility';
import { type Check, piece, pieceIf, type Report, result, seqs } from './compliance-check';

/** Stage three and the branch committee's review: sponsors, political review, training, leaving, pre-review. */

/** 第十四条: two full members as sponsors. */
export function sponsorsCheck({ record, d, at, notOnPath }: Report): Check {
  return {
    id: 'sponsors',
    result: notOnPath(d.sponsors) ?? result(record.sponsors.length === at(d.sponsors!).fixed.sponsorCount),
    detail: record.sponsors.length
      ? record.sponsors.map((s, i) => piece(i === 0 ? 'name' : 'another_name', { name: s.name }))
      : [piece('sponsors_not_fixed')],
    dates: { sponsors: d.sponsors },
    evidence: seqs(record, 'fix_sponsors', 'replace_sponsor'),
    on: d.sponsors ?? d.application,
  };
}

/** 第十六条: a passed political review, still valid on the day of the branch meeting. */
export function politicalReviewCheck({ record, d, notOnPath }: Report): Check {
  const meeting = d.admissionMeeting;
  const review = record.review;
  const valid = review && review.passed && (!meeting || !review.validUntil || meeting <= review.validUntil);
  return {
    id: 'political_review',
    result: notOnPath(review?.date ?? null) ?? result(valid ? true : meeting || !review!.passed ? false : null),
    detail: review
      ? [
          piece(review.passed ? 'review_passed' : 'review_failed', { date: review.date }),
          ...pieceIf(review.validUntil, 'valid_until', { validUntil: review.validUntil ?? '' }),
        ]
      : [piece('no_review')],
    dates: { review: review?.date ?? null, validUntil: review?.validUntil ?? null, meeting },
    evidence: seqs(record, 'political_review'),
    on: review?.date ?? d.application,
  };
}

/** 第十七条: concentrated training of at least three days or 24 hours. */
export function trainingCheck({ record, d, at, notOnPath }: Report): Check {
  const t = record.training;
  return {
    id: 'training',
    result: notOnPath(t?.to ?? null) ?? result(trainingSufficient(t!, at(t!.to))),
    detail: [t ? piece('training', { days: t.days, hours: t.hours }) : piece('no_training')],
    dates: { from: t?.from ?? null, to: t?.to ?? null },
    evidence: seqs(record, 'concentrated_training'),
    on: t?.to ?? d.application,
  };
}

/** 第十九条: a candidate leaving the unit within three months is admitted only with a reason written down. */
export function leavingCheck({ record, d, at, direct, notOnPath }: Report): Check {
  const reviewed = d.committeeReview ?? (d.admissionMeeting && !direct ? d.admissionMeeting : null);
  const rules = at(reviewed ?? d.application);
  const limit = reviewed ? dueWithinMonths(parseLocalDate(reviewed), rules.fixed.leavingWithinMonths) : null;
  const leaving = record.leaving;
  const within = !!leaving && !!limit && leaving.on <= limit;
  const excused = within && (leaving.exceptionReason ?? '').trim().length >= 2;
  return {
    id: 'leaving_within_three_months',
    result: notOnPath(reviewed) ?? result(!within || excused),
    detail: [
      !leaving
        ? piece('not_leaving')
        : within
          ? excused
            ? piece('leaving_excused', { on: leaving.on, reason: leaving.exceptionReason ?? '' })
            : piece('leaving_no_reason', { on: leaving.on })
          : piece('leaving_later', { on: leaving.on }),
    ],
    dates: { committeeReview: reviewed, leavingOn: leaving?.on ?? null, leavingLimit: limit },
    evidence: seqs(record, 'committee_review'),
    on: reviewed ?? d.application,
  };
}

/** The application form only after the committee's pre-review passed. */
export function preReviewBeforeFormCheck({ record, d, notOnPath }: Report): Check {
  const form = d.applicationForm;
  const passed = record.preReviewPassed === true && !!d.preReview && (!form || d.preReview <= form);
  return {
    id: 'pre_review_before_form',
    result:
      notOnPath(form ?? (record.preReviewPassed === false ? d.preReview : null)) ??
      result(form ? passed : record.preReviewPassed === false ? null : passed),
    detail: d.preReview
      ? [
          piece(record.preReviewPassed ? 'pre_review_passed' : 'pre_review_failed', { date: d.preReview }),
          ...pieceIf(form, 'form_on', { form: form ?? '' }),
        ]
      : [piece('no_pre_review')],
    dates: { preReview: d.preReview, applicationForm: form },
    evidence: seqs(record, 'pre_review_passed', 'pre_review_failed', 'pre_review_result', 'application_form'),
    on: d.preReview ?? d.application,
  };
}
