import { decisionTime } from '../../decision-time';
import { probationEnd } from '../../timing';
import { type Check, periodDetail, piece, type Report, result, seqs, timedResult, voteDetail } from './compliance-check';

/** Stage five: the year of probation, no early conversion, the vote, an extension, the approval, standing. */

/** Probation lasts a year from the branch meeting's resolution (or until the extension ends). */
export function probationOneYearCheck({ record, d, at, notYet }: Report): Check {
  const meeting = d.admissionMeeting;
  const reached = d.approval && meeting;
  const expected = reached ? (record.extension ? record.extension.until : probationEnd(meeting, at(meeting))) : null;
  return {
    id: 'probation_one_year',
    result: reached ? result(d.probationEnd === expected) : notYet,
    detail: [reached ? piece('probation', { admitted: meeting, probationEnd: d.probationEnd ?? '' }) : piece('not_probationary')],
    dates: { admission: meeting, probationEnd: d.probationEnd },
    evidence: seqs(record, 'approved', 'approval_decision', 'direct_admission'),
    on: meeting ?? d.application,
  };
}

/** No conversion before probation ends. */
export function noEarlyConversionCheck({ record, d, notYet }: Report): Check {
  const applied = d.conversionApplication ?? d.conversionMeeting;
  return {
    id: 'no_early_conversion',
    result: d.probationEnd && applied ? result(applied >= d.probationEnd) : notYet,
    detail: [
      applied
        ? piece('conversion_applied', { date: applied })
        : d.probationEnd
          ? piece('probation_until', { probationEnd: d.probationEnd })
          : piece('not_probationary'),
    ],
    dates: { probationEnd: d.probationEnd, application: d.conversionApplication, meeting: d.conversionMeeting },
    evidence: seqs(record, 'conversion_application', 'conversion_meeting'),
    on: d.admissionMeeting ?? d.application,
  };
}

/** The conversion vote needs the same quorum and majority as the admission. */
export function conversionVoteCheck({ record, d, notYet }: Report): Check {
  const last = record.votes.filter((v) => v.kind === 'conversion').at(-1);
  return {
    id: 'conversion_vote',
    result: last ? result(last.outcome.passed || !record.resolution || record.resolution.meetingDate !== last.date) : notYet,
    detail: voteDetail(last),
    dates: { meeting: last?.date ?? null, probationEnd: d.probationEnd },
    evidence: seqs(record, 'conversion_meeting'),
    on: last?.date ?? d.admissionMeeting ?? d.application,
  };
}

/** Probation is extended once at most, by six months to a year. */
export function extensionCheck({ record, d, at }: Report): Check {
  const extensions = record.votes.filter((v) => v.kind === 'conversion' && v.resolution === 'extend' && v.outcome.passed);
  const ext = record.extension;
  const { extensionMinMonths: min, extensionMaxMonths: max } = at(ext?.meetingDate ?? d.application).fixed;
  return {
    id: 'extension',
    result: ext ? result(extensions.length <= 1 && ext.months >= min && ext.months <= max) : d.standing || d.closed ? 'not_applicable' : 'pending',
    detail: [ext ? piece('extended', { months: ext.months, until: ext.until }) : piece('not_extended')],
    dates: { meeting: ext?.meetingDate ?? null, until: ext?.until ?? null },
    evidence: seqs(record, 'conversion_meeting', 'conversion_approved', 'conversion_decision'),
    on: ext?.meetingDate ?? d.application,
  };
}

/** The committee approves the conversion within three months of the meeting, at most six with a reason. */
export function conversionApprovalTimeCheck({ record, ctx, d, at, notYet }: Report): Check {
  const meeting = record.resolution?.meetingDate ?? null;
  const rules = at(meeting ?? d.application);
  const decided = d.conversionApproval;
  const reason = record.conversionLateReason ?? null;
  const time = meeting ? decisionTime('conversion', meeting, decided ?? ctx.today, reason, rules) : null;
  return {
    id: 'conversion_approval_time',
    result: time ? timedResult(time, decided !== null, d.closed) : notYet,
    detail: time ? periodDetail(time, reason, decided) : [piece('no_conversion_meeting')],
    dates: { meeting, due: time?.due ?? null, latest: time?.latest ?? null, approval: decided },
    evidence: seqs(record, 'submit_conversion_approval', 'conversion_approved', 'conversion_decision'),
    on: meeting ?? d.application,
  };
}

/** Standing counts from the day probation ends and the member converts. */
export function standingDateCheck({ record, d, notYet }: Report): Check {
  return {
    id: 'standing_date',
    result: record.status === 'full' ? result(d.standing === d.probationEnd) : notYet,
    detail: [d.standing ? piece('standing', { date: d.standing }) : piece('not_converted')],
    dates: { probationEnd: d.probationEnd, standing: d.standing, meeting: d.conversionMeeting },
    evidence: seqs(record, 'conversion_approved', 'conversion_decision'),
    on: d.standing ?? d.application,
  };
}
