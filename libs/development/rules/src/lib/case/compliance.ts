import { dueWithinMonths, parseLocalDate } from '@bastion/calendar';
import type { CaseRecord, ComplianceCheck, ComplianceResult, VoteRecord } from '@bastion/development-contracts';
import { ageOn } from '../age';
import { decisionTime } from '../decision-time';
import { trainingSufficient } from '../eligibility';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import { assessmentDue, earliestCandidate, probationEnd, talkDue } from '../timing';

type Text = { zh: string; en: string };
type Check = Omit<ComplianceCheck, 'ruleSetId'> & { on: string };

/** The fixed rules of the domain, in the order of the procedure: each is on every report. */
export const complianceRules = [
  'age',
  'talk',
  'assessments',
  'one_year_as_activist',
  'sponsors',
  'political_review',
  'training',
  'leaving_within_three_months',
  'pre_review_before_form',
  'admission_vote',
  'approval_talk',
  'approval_time',
  'oath_held_by',
  'probation_one_year',
  'no_early_conversion',
  'conversion_vote',
  'extension',
  'conversion_approval_time',
  'standing_date',
] as const;
export type ComplianceRuleId = (typeof complianceRules)[number];

const seqs = (record: CaseRecord, ...kinds: string[]) =>
  record.entries.filter((e) => kinds.includes(e.kind)).map((e) => e.seq);
const text = (zh: string, en: string): Text => ({ zh, en });

/**
 * Every fixed rule against the case, each on the report whatever the case's stage: passed,
 * failed, pending (a clock still running, or a step still to come), or not applicable (a step the
 * case will never take: it closed before, or came in by direct admission). Each names the dates
 * it rests on and the entries whose evidence bears on it.
 */
export function complianceReport(record: CaseRecord, ctx: RuleContext): ComplianceCheck[] {
  const d = record.dates;
  const at = (date: string) => ruleSetOn(ctx.ruleSets, date);
  const result = (ok: boolean | null): ComplianceResult => (ok === null ? 'pending' : ok ? 'pass' : 'fail');
  const direct = record.directAdmission !== null;
  // A step not taken yet: still to come on an open case, never on a closed one.
  const notYet: ComplianceResult = d.closed ? 'not_applicable' : 'pending';
  // The same for a step of the ordinary path, which a direct admission skips.
  const notOnPath = (date: string | null): ComplianceResult | null => (direct ? 'not_applicable' : date ? null : notYet);
  const checks: Check[] = [];
  const push = (check: Omit<Check, 'id'> & { id: ComplianceRuleId }) => checks.push(check);

  {
    const rules = at(d.application);
    const age = record.person.birthDate ? ageOn(record.person.birthDate, d.application) : null;
    push({
      id: 'age',
      article: text('第五条', 'Art. 5'),
      rule: text('递交申请时年满十八周岁', 'At least 18 on the application date'),
      result: age === null ? 'pending' : result(age >= rules.fixed.minimumAge),
      detail: age === null ? text('未登记出生日期', 'No birth date on record') : text(`申请时${age}周岁`, `${age} on the application date`),
      dates: { birthDate: record.person.birthDate, application: d.application },
      evidence: seqs(record, 'opened', 'migrated'),
      on: d.application,
    });
  }
  {
    const due = talkDue(d.application, at(d.application));
    const ok = d.talk ? d.talk <= due : ctx.today > due ? false : null;
    push({
      id: 'talk',
      article: text('第七条', 'Art. 7'),
      rule: text('收到申请书后一个月内派人谈话', 'Talk within one month of the application'),
      result: direct && !d.talk ? 'not_applicable' : d.closed && !d.talk && d.closed <= due ? 'not_applicable' : result(ok),
      detail: d.talk ? text(`${d.talk}谈话，期限${due}`, `Talk on ${d.talk}, due ${due}`) : text(`期限${due}`, `Due ${due}`),
      dates: { application: d.application, due, talk: d.talk },
      evidence: seqs(record, 'talk'),
      on: d.application,
    });
  }
  {
    let res: ComplianceResult = d.activist ? 'pass' : notOnPath(null) ?? notYet;
    let detail = text('未确定为入党积极分子', 'Not an activist');
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
      detail = missed
        ? text(`${missed}前应完成的考察缺失`, `The assessment due by ${missed} is missing`)
        : text(`已考察${assessments.length}次`, `${assessments.length} assessment(s) on record`);
    }
    push({
      id: 'assessments',
      article: text('第十一条', 'Art. 11'),
      rule: text('每半年对入党积极分子考察一次', 'An assessment every six months'),
      result: res,
      detail,
      dates: { activist: d.activist, candidate: d.candidate },
      evidence: seqs(record, 'assessment'),
      on: d.activist ?? d.application,
    });
  }
  {
    const earliest = d.activist ? earliestCandidate(d.activist, at(d.activist)) : null;
    push({
      id: 'one_year_as_activist',
      article: text('第十三条', 'Art. 13'),
      rule: text('确定为入党积极分子满一年后方可确定为发展对象', 'A year as activist before candidacy'),
      result: notOnPath(d.candidate) ?? result(!!earliest && d.candidate! >= earliest),
      detail: earliest
        ? text(`最早${earliest}${d.candidate ? `，实际${d.candidate}` : ''}`, `Earliest ${earliest}${d.candidate ? `, decided ${d.candidate}` : ''}`)
        : text('未确定为入党积极分子', 'Not an activist'),
      dates: { activist: d.activist, earliest, candidate: d.candidate },
      evidence: seqs(record, 'decide_activist', 'decide_candidate'),
      on: d.activist ?? d.application,
    });
  }
  push({
    id: 'sponsors',
    article: text('第十四条', 'Art. 14'),
    rule: text('两名正式党员作入党介绍人', 'Two full members as sponsors'),
    result: notOnPath(d.sponsors) ?? result(record.sponsors.length === at(d.sponsors!).fixed.sponsorCount),
    detail: record.sponsors.length
      ? text(record.sponsors.map((s) => s.name).join('、'), record.sponsors.map((s) => s.name).join(', '))
      : text('未确定', 'Not fixed yet'),
    dates: { sponsors: d.sponsors },
    evidence: seqs(record, 'fix_sponsors', 'replace_sponsor'),
    on: d.sponsors ?? d.application,
  });
  {
    const meeting = d.admissionMeeting;
    const review = record.review;
    const valid = review && review.passed && (!meeting || !review.validUntil || meeting <= review.validUntil);
    push({
      id: 'political_review',
      article: text('第十六条', 'Art. 16'),
      rule: text('政治审查合格且在有效期内', 'A passed political review, still valid'),
      result: notOnPath(review?.date ?? null) ?? result(valid ? true : meeting || !review!.passed ? false : null),
      detail: review
        ? text(
            `${review.date}${review.passed ? '合格' : '不合格'}${review.validUntil ? `，有效期至${review.validUntil}` : ''}`,
            `${review.date}: ${review.passed ? 'passed' : 'failed'}${review.validUntil ? `, valid until ${review.validUntil}` : ''}`,
          )
        : text('未审查', 'No review yet'),
      dates: { review: review?.date ?? null, validUntil: review?.validUntil ?? null, meeting },
      evidence: seqs(record, 'political_review'),
      on: review?.date ?? d.application,
    });
  }
  {
    const t = record.training;
    push({
      id: 'training',
      article: text('第十七条', 'Art. 17'),
      rule: text('集中培训不少于三天或二十四学时', 'Training of 3 days or 24 hours'),
      result: notOnPath(t?.to ?? null) ?? result(trainingSufficient(t!, at(t!.to))),
      detail: t ? text(`${t.days}天、${t.hours}学时`, `${t.days} day(s), ${t.hours} hour(s)`) : text('未培训', 'No training yet'),
      dates: { from: t?.from ?? null, to: t?.to ?? null },
      evidence: seqs(record, 'concentrated_training'),
      on: t?.to ?? d.application,
    });
  }
  {
    const reviewed = d.committeeReview ?? (d.admissionMeeting && !direct ? d.admissionMeeting : null);
    const rules = at(reviewed ?? d.application);
    const limit = reviewed ? dueWithinMonths(parseLocalDate(reviewed), rules.fixed.leavingWithinMonths) : null;
    const leaving = record.leaving;
    const within = !!leaving && !!limit && leaving.on <= limit;
    const excused = within && (leaving.exceptionReason ?? '').trim().length >= 2;
    push({
      id: 'leaving_within_three_months',
      article: text('第十九条', 'Art. 19'),
      rule: text(
        '三个月内将离开工作单位的发展对象一般不办理接收手续，确需办理的写明理由',
        'A candidate leaving the unit within 3 months is normally not admitted; an exception needs a reason',
      ),
      result: notOnPath(reviewed) ?? result(!within || excused),
      detail: !leaving
        ? text('未报将离开工作单位', 'Not leaving the unit')
        : within
          ? excused
            ? text(`${leaving.on}离开，例外理由：${leaving.exceptionReason}`, `Leaving on ${leaving.on}; exception: ${leaving.exceptionReason}`)
            : text(`${leaving.on}离开，未写明理由`, `Leaving on ${leaving.on}, no reason recorded`)
          : text(`${leaving.on}离开，在三个月之后`, `Leaving on ${leaving.on}, after three months`),
      dates: { committeeReview: reviewed, leavingOn: leaving?.on ?? null, leavingLimit: limit },
      evidence: seqs(record, 'committee_review'),
      on: reviewed ?? d.application,
    });
  }
  {
    const form = d.applicationForm;
    const passed = record.preReviewPassed === true && !!d.preReview && (!form || d.preReview <= form);
    push({
      id: 'pre_review_before_form',
      article: text('预审', 'Pre-review'),
      rule: text('上级党委预审合格后方可填写入党志愿书', 'The application form only after a passed pre-review'),
      result:
        notOnPath(form ?? (record.preReviewPassed === false ? d.preReview : null)) ??
        result(form ? passed : record.preReviewPassed === false ? null : passed),
      detail: d.preReview
        ? text(
            `${d.preReview}预审${record.preReviewPassed ? '合格' : '未通过'}${form ? `，${form}填写志愿书` : ''}`,
            `Pre-review ${d.preReview}: ${record.preReviewPassed ? 'passed' : 'failed'}${form ? `; form on ${form}` : ''}`,
          )
        : text('未预审', 'No pre-review yet'),
      dates: { preReview: d.preReview, applicationForm: form },
      evidence: seqs(record, 'pre_review_passed', 'pre_review_failed', 'pre_review_result', 'application_form'),
      on: d.preReview ?? d.application,
    });
  }
  const admissionVote = record.votes.filter((v) => v.kind === 'admission').at(-1);
  push({
    id: 'admission_vote',
    article: text('支部大会表决', 'Admission vote'),
    rule: text(
      '到会超过应到会有表决权正式党员的半数，赞成超过应到会有表决权正式党员的半数',
      'Quorum and a majority of the expected voters',
    ),
    result: notOnPath(admissionVote?.date ?? null) ?? result(d.admissionMeeting ? true : admissionVote!.outcome.passed),
    detail: voteDetail(admissionVote),
    dates: { meeting: admissionVote?.date ?? null },
    evidence: seqs(record, 'admission_meeting'),
    on: admissionVote?.date ?? d.application,
  });
  {
    const meeting = d.admissionMeeting;
    const talk = d.approvalTalk;
    const ok = d.approval ? !!talk && talk <= d.approval : talk ? true : null;
    push({
      id: 'approval_talk',
      article: text('审批前谈话', 'Talk before approval'),
      rule: text('上级党委审批前派党委委员或组织员同发展对象谈话', 'A committee member or organiser talks with the candidate before approval'),
      result: notOnPath(meeting) ?? (d.closed && !talk && !d.approval ? 'not_applicable' : result(ok)),
      detail: talk
        ? text(`${talk}谈话${d.approval ? `，${d.approval}审批` : ''}`, `Talk on ${talk}${d.approval ? `, approved ${d.approval}` : ''}`)
        : d.approval
          ? text(`${d.approval}审批前未谈话`, `Approved on ${d.approval} without the talk`)
          : text('未谈话', 'No talk yet'),
      dates: { meeting, approvalTalk: talk, approval: d.approval },
      evidence: seqs(record, 'approval_talk', 'approval_talk_held'),
      on: meeting ?? d.application,
    });
  }
  {
    const meeting = d.admissionMeeting;
    const rules = at(meeting ?? d.application);
    const time = meeting ? decisionTime('admission', meeting, d.approval ?? ctx.today, record.approvalLateReason, rules) : null;
    push({
      id: 'approval_time',
      article: text('上级党委审批', 'Approval'),
      rule: text('决议后三个月内审批，特殊情况有理由的不超过六个月', 'Approval within 3 months, at most 6 with a reason'),
      result: notOnPath(meeting) ?? timedResult(time!, d.approval !== null, d.closed),
      detail: time
        ? text(
            `期限${time.due}${record.approvalLateReason ? `（延至${time.latest}：${record.approvalLateReason}）` : ''}${d.approval ? `，${d.approval}审批` : ''}`,
            `Due ${time.due}${record.approvalLateReason ? ` (until ${time.latest}: ${record.approvalLateReason})` : ''}${d.approval ? `, approved ${d.approval}` : ''}`,
          )
        : text('未召开支部大会', 'No admission meeting yet'),
      dates: { meeting, due: time?.due ?? null, latest: time?.latest ?? null, approval: d.approval },
      evidence: seqs(record, 'submit_approval', 'approved', 'not_approved', 'approval_decision'),
      on: meeting ?? d.application,
    });
  }
  {
    const entry = record.entries.filter((e) => e.kind === 'oath').at(-1);
    const heldBy = (entry?.details['heldBy'] as string | undefined) ?? null;
    const by: Record<string, Text> = {
      committee: text('党委组织', 'held by the committee'),
      branch: text('党支部组织', 'held by the branch'),
      party_group: text('党小组组织', 'held by a party group'),
    };
    push({
      id: 'oath_held_by',
      article: text('入党宣誓', 'Oath'),
      rule: text('入党宣誓由基层党委或党支部组织，党小组不能组织', 'The oath is held by the committee or the branch, never a party group'),
      result: d.oath ? result(heldBy !== 'party_group') : notYet,
      detail: d.oath ? text(`${d.oath}${by[heldBy ?? '']?.zh ?? ''}`, `${d.oath}, ${by[heldBy ?? '']?.en ?? ''}`) : text('未宣誓', 'No oath yet'),
      dates: { approval: d.approval, oath: d.oath },
      evidence: seqs(record, 'oath'),
      on: d.oath ?? d.application,
    });
  }
  {
    const meeting = d.admissionMeeting;
    const reached = d.approval && meeting;
    const expected = reached ? (record.extension ? record.extension.until : probationEnd(meeting, at(meeting))) : null;
    push({
      id: 'probation_one_year',
      article: text('预备期', 'Probation'),
      rule: text('预备期一年，自支部大会通过之日算起', 'Probation of one year from the meeting'),
      result: reached ? result(d.probationEnd === expected) : notYet,
      detail: reached
        ? text(`入党时间${meeting}，预备期至${d.probationEnd}`, `Admitted ${meeting}, probation until ${d.probationEnd}`)
        : text('尚未成为预备党员', 'Not a probationary member yet'),
      dates: { admission: meeting, probationEnd: d.probationEnd },
      evidence: seqs(record, 'approved', 'approval_decision', 'direct_admission'),
      on: meeting ?? d.application,
    });
  }
  {
    const applied = d.conversionApplication ?? d.conversionMeeting;
    push({
      id: 'no_early_conversion',
      article: text('转正', 'Conversion'),
      rule: text('预备期满方可转正，不能提前', 'No early conversion'),
      result: d.probationEnd && applied ? result(applied >= d.probationEnd) : notYet,
      detail: applied
        ? text(`${applied}申请转正`, `Applied on ${applied}`)
        : d.probationEnd
          ? text(`预备期至${d.probationEnd}`, `Probation until ${d.probationEnd}`)
          : text('尚未成为预备党员', 'Not a probationary member yet'),
      dates: { probationEnd: d.probationEnd, application: d.conversionApplication, meeting: d.conversionMeeting },
      evidence: seqs(record, 'conversion_application', 'conversion_meeting'),
      on: d.admissionMeeting ?? d.application,
    });
  }
  {
    const votes = record.votes.filter((v) => v.kind === 'conversion');
    const last = votes.at(-1);
    push({
      id: 'conversion_vote',
      article: text('支部大会讨论转正', 'Conversion vote'),
      rule: text(
        '讨论转正同样须到会超过半数、赞成超过应到会有表决权正式党员的半数',
        'The conversion vote: the same quorum and majority of the expected voters',
      ),
      result: last ? result(last.outcome.passed || !record.resolution || record.resolution.meetingDate !== last.date) : notYet,
      detail: voteDetail(last),
      dates: { meeting: last?.date ?? null, probationEnd: d.probationEnd },
      evidence: seqs(record, 'conversion_meeting'),
      on: last?.date ?? d.admissionMeeting ?? d.application,
    });
  }
  {
    const extensions = record.votes.filter((v) => v.kind === 'conversion' && v.resolution === 'extend' && v.outcome.passed);
    const ext = record.extension;
    const rules = at(ext?.meetingDate ?? d.application);
    const { extensionMinMonths: min, extensionMaxMonths: max } = rules.fixed;
    push({
      id: 'extension',
      article: text('延长预备期', 'Extension'),
      rule: text('只能延长一次，不少于六个月、不超过一年', 'One extension of 6 to 12 months'),
      result: ext ? result(extensions.length <= 1 && ext.months >= min && ext.months <= max) : d.standing || d.closed ? 'not_applicable' : 'pending',
      detail: ext
        ? text(`延长${ext.months}个月，至${ext.until}`, `Extended by ${ext.months} month(s), until ${ext.until}`)
        : text('未延长预备期', 'Probation not extended'),
      dates: { meeting: ext?.meetingDate ?? null, until: ext?.until ?? null },
      evidence: seqs(record, 'conversion_meeting', 'conversion_approved', 'conversion_decision'),
      on: ext?.meetingDate ?? d.application,
    });
  }
  {
    const meeting = record.resolution?.meetingDate ?? null;
    const rules = at(meeting ?? d.application);
    const decided = d.conversionApproval;
    const reason = record.conversionLateReason ?? null;
    const time = meeting ? decisionTime('conversion', meeting, decided ?? ctx.today, reason, rules) : null;
    push({
      id: 'conversion_approval_time',
      article: text('转正审批', 'Conversion approval'),
      rule: text(
        '支部大会讨论转正后三个月内审批，特殊情况有理由的不超过六个月',
        'Conversion approved within 3 months of the meeting, at most 6 with a reason',
      ),
      result: time ? timedResult(time, decided !== null, d.closed) : notYet,
      detail: time
        ? text(
            `期限${time.due}${reason ? `（延至${time.latest}：${reason}）` : ''}${decided ? `，${decided}审批` : ''}`,
            `Due ${time.due}${reason ? ` (until ${time.latest}: ${reason})` : ''}${decided ? `, approved ${decided}` : ''}`,
          )
        : text('未讨论转正', 'No conversion meeting yet'),
      dates: { meeting, due: time?.due ?? null, latest: time?.latest ?? null, approval: decided },
      evidence: seqs(record, 'submit_conversion_approval', 'conversion_approved', 'conversion_decision'),
      on: meeting ?? d.application,
    });
  }
  push({
    id: 'standing_date',
    article: text('党龄', 'Standing'),
    rule: text('党龄自预备期满转为正式党员之日算起', 'Standing counts from the end of probation'),
    result: record.status === 'full' ? result(d.standing === d.probationEnd) : notYet,
    detail: d.standing ? text(`转正时间${d.standing}`, `Standing from ${d.standing}`) : text('尚未转正', 'Not converted yet'),
    dates: { probationEnd: d.probationEnd, standing: d.standing, meeting: d.conversionMeeting },
    evidence: seqs(record, 'conversion_approved', 'conversion_decision'),
    on: d.standing ?? d.application,
  });
  return checks.map(({ on, ...check }) => ({ ...check, ruleSetId: ruleSetOn(ctx.ruleSets, on).id }));
}

/**
 * A decision against its period: in time or late with a reason passes; late without one, or past
 * the longest period, fails; undecided, it is pending until the period is over.
 */
function timedResult(time: ReturnType<typeof decisionTime>, decided: boolean, closed: string | null): ComplianceResult {
  if (decided) return time.verdict === 'in_time' || time.verdict === 'late_with_reason' ? 'pass' : 'fail';
  if (closed) return 'not_applicable';
  return time.verdict === 'lapsed' ? 'fail' : 'pending';
}

function voteDetail(vote: VoteRecord | undefined): Text {
  if (!vote) return text('未表决', 'No vote yet');
  const { expected, yesTotal, passed } = vote.outcome;
  return text(
    `应到${expected}，实到${vote.counts.present}，赞成${yesTotal}${passed ? '，通过' : '，未通过'}`,
    `Expected ${expected}, present ${vote.counts.present}, yes ${yesTotal}: ${passed ? 'passed' : 'not passed'}`,
  );
}
