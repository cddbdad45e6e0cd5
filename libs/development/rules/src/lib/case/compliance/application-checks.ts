import type { ComplianceResult } from '@bastion/development-contracts';
import { ageOn } from '../../age';
import { assessmentDue, earliestCandidate, talkDue } from '../../timing';
import { type Check, piece, pieceIf, type Report, result, seqs } from './compliance-check';

/** Stages one and two: the applicant's age, the talk, the assessments, a year as activist. */

/** 第五条: at least 18 on the application date. */
export function ageCheck({ record, d, at }: Report): Check {
  const age = record.person.birthDate ? ageOn(record.person.birthDate, d.application) : null;
  return {
    id: 'age',
    result: age === null ? 'pending' : result(age >= at(d.application).fixed.minimumAge),
    detail: [age === null ? piece('no_birth_date') : piece('age', { age })],
    dates: { birthDate: record.person.birthDate, application: d.application },
    evidence: seqs(record, 'opened', 'migrated'),
    on: d.application,
  };
}

/** 第七条: a talk within one month of the application. */
export function talkCheck({ record, ctx, d, at, direct }: Report): Check {
  const due = talkDue(d.application, at(d.application));
  const ok = d.talk ? d.talk <= due : ctx.today > due ? false : null;
  return {
    id: 'talk',
    result: direct && !d.talk ? 'not_applicable' : d.closed && !d.talk && d.closed <= due ? 'not_applicable' : result(ok),
    detail: [d.talk ? piece('talk_held', { talk: d.talk, due }) : piece('due', { due })],
    dates: { application: d.application, due, talk: d.talk },
    evidence: seqs(record, 'talk'),
    on: d.application,
  };
}

/** 第十一条: an activist is assessed every six months until the candidacy. */
export function assessmentsCheck({ record, ctx, d, at, notYet, notOnPath }: Report): Check {
  let res: ComplianceResult = d.activist ? 'pass' : notOnPath(null) ?? notYet;
  let detail = [piece('not_activist')];
  const assessments = record.assessments.filter((a) => a.phase === 'activist').map((a) => a.date).sort();
  if (d.activist) {
    const rules = at(d.activist);
    const until = d.candidate ?? (record.status === 'activist' ? ctx.today : (d.closed ?? d.activist));
    let missed: string | null = null;
    for (let k = 1; ; k++) {
      const due = assessmentDue(d.activist, k, rules);
      if (due >= until) break;
      if (assessments.filter((a) => a <= due).length < k) {
        missed = due;
        break;
      }
    }
    res = missed ? 'fail' : 'pass';
    detail = [missed ? piece('assessment_missing', { due: missed }) : piece('assessments', { count: assessments.length })];
  }
  return {
    id: 'assessments',
    result: res,
    detail,
    dates: { activist: d.activist, candidate: d.candidate },
    evidence: seqs(record, 'assessment'),
    on: d.activist ?? d.application,
  };
}

/** 第十三条: a full year as activist before the candidacy. */
export function oneYearAsActivistCheck({ record, d, at, notOnPath }: Report): Check {
  const earliest = d.activist ? earliestCandidate(d.activist, at(d.activist)) : null;
  return {
    id: 'one_year_as_activist',
    result: notOnPath(d.candidate) ?? result(!!earliest && d.candidate! >= earliest),
    detail: earliest
      ? [piece('earliest', { earliest }), ...pieceIf(d.candidate, 'candidate_decided', { candidate: d.candidate ?? '' })]
      : [piece('not_activist')],
    dates: { activist: d.activist, earliest, candidate: d.candidate },
    evidence: seqs(record, 'decide_activist', 'decide_candidate'),
    on: d.activist ?? d.application,
  };
}
