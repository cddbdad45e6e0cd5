import type { CaseRecord, ComplianceCheck, ComplianceResult, RuleSet } from '@bastion/development-contracts';
import { ageOn } from '../age';
import { trainingSufficient } from '../eligibility';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import { approvalDue, approvalLatest, assessmentDue, conversionApprovalDue, earliestCandidate, probationEnd, talkDue } from '../timing';

type Check = Omit<ComplianceCheck, 'ruleSetId'> & { on: string };

const seqs = (record: CaseRecord, ...kinds: string[]) =>
  record.entries.filter((e) => kinds.includes(e.kind)).map((e) => e.seq);

/**
 * Every fixed rule against the case: passed, failed, still pending, or not applicable (a step the
 * case never reached or skipped). Each names the dates and the entries whose evidence bears on it.
 */
export function complianceReport(record: CaseRecord, ctx: RuleContext): ComplianceCheck[] {
  const d = record.dates;
  const at = (date: string) => ruleSetOn(ctx.ruleSets, date);
  const result = (ok: boolean | null): ComplianceResult => (ok === null ? 'pending' : ok ? 'pass' : 'fail');
  const checks: Check[] = [];
  const direct = record.directAdmission !== null;

  {
    const rules = at(d.application);
    const age = record.person.birthDate ? ageOn(record.person.birthDate, d.application) : null;
    checks.push({
      id: 'age',
      article: '第五条',
      rule: { zh: '递交申请时年满十八周岁', en: 'At least 18 on the application date' },
      result: age === null ? 'pending' : result(age >= rules.fixed.minimumAge),
      detail: age === null ? '未登记出生日期' : `申请时${age}周岁`,
      dates: { birthDate: record.person.birthDate, application: d.application },
      evidence: seqs(record, 'opened', 'migrated'),
      on: d.application,
    });
  }
  {
    const due = talkDue(d.application, at(d.application));
    const ok = d.talk ? d.talk <= due : ctx.today > due ? false : null;
    checks.push({
      id: 'talk',
      article: '第七条',
      rule: { zh: '收到申请书后一个月内派人谈话', en: 'Talk within one month of the application' },
      result: direct && !d.talk ? 'not_applicable' : result(ok),
      detail: d.talk ? `${d.talk}谈话，期限${due}` : `期限${due}`,
      dates: { application: d.application, due, talk: d.talk },
      evidence: seqs(record, 'talk'),
      on: d.application,
    });
  }
  if (d.activist) {
    const rules = at(d.activist);
    const until = d.candidate ?? (record.status === 'activist' ? ctx.today : d.activist);
    const assessments = record.assessments.filter((a) => a.phase === 'activist').map((a) => a.date).sort();
    let missed: string | null = null;
    for (let k = 1; ; k++) {
      const due = assessmentDue(d.activist, k, rules);
      if (due >= until) break;
      if (assessments.filter((a) => a <= due).length < k) {
        missed = due;
        break;
      }
    }
    checks.push({
      id: 'assessments',
      article: '第十一条',
      rule: { zh: '每半年对入党积极分子考察一次', en: 'An assessment every six months' },
      result: missed ? 'fail' : 'pass',
      detail: missed ? `${missed}前应完成的考察缺失` : `已考察${assessments.length}次`,
      dates: { activist: d.activist, candidate: d.candidate },
      evidence: seqs(record, 'assessment'),
      on: d.activist,
    });
  }
  if (d.activist) {
    const earliest = earliestCandidate(d.activist, at(d.activist));
    checks.push({
      id: 'one_year_as_activist',
      article: '第十三条',
      rule: { zh: '确定为入党积极分子满一年后方可确定为发展对象', en: 'A year as activist before candidacy' },
      result: d.candidate ? result(d.candidate >= earliest) : 'pending',
      detail: `最早${earliest}${d.candidate ? `，实际${d.candidate}` : ''}`,
      dates: { activist: d.activist, earliest, candidate: d.candidate },
      evidence: seqs(record, 'decide_activist', 'decide_candidate'),
      on: d.activist,
    });
  }
  const reached = (date: string | null) => (direct ? 'not_applicable' : date ? null : 'pending');
  const admissionChecks = (): void => {
    checks.push({
      id: 'sponsors',
      article: '第十四条',
      rule: { zh: '两名正式党员作入党介绍人', en: 'Two full members as sponsors' },
      result: reached(d.sponsors) ?? result(record.sponsors.length === at(d.sponsors!).fixed.sponsorCount),
      detail: record.sponsors.map((s) => s.name).join('、') || '未确定',
      dates: { sponsors: d.sponsors },
      evidence: seqs(record, 'fix_sponsors', 'replace_sponsor'),
      on: d.sponsors ?? d.application,
    });
    const meeting = d.admissionMeeting;
    checks.push({
      id: 'political_review',
      article: '第十六条',
      rule: { zh: '政治审查合格且在有效期内', en: 'A passed political review, still valid' },
      result:
        reached(record.review ? record.review.date : null) ??
        result(
          record.review!.passed && (!meeting || !record.review!.validUntil || meeting <= record.review!.validUntil)
            ? true
            : meeting || !record.review!.passed
              ? false
              : null,
        ),
      detail: record.review ? `${record.review.date}${record.review.passed ? '合格' : '不合格'}${record.review.validUntil ? `，有效期至${record.review.validUntil}` : ''}` : '未审查',
      dates: { review: record.review?.date ?? null, validUntil: record.review?.validUntil ?? null, meeting },
      evidence: seqs(record, 'political_review'),
      on: record.review?.date ?? d.application,
    });
    checks.push({
      id: 'training',
      article: '第十七条',
      rule: { zh: '集中培训不少于三天或二十四学时', en: 'Training of 3 days or 24 hours' },
      result: reached(record.training?.to ?? null) ?? result(trainingSufficient(record.training!, at(record.training!.to))),
      detail: record.training ? `${record.training.days}天、${record.training.hours}学时` : '未培训',
      dates: { from: record.training?.from ?? null, to: record.training?.to ?? null },
      evidence: seqs(record, 'concentrated_training'),
      on: record.training?.to ?? d.application,
    });
    const vote = record.votes.filter((v) => v.kind === 'admission').at(-1);
    checks.push({
      id: 'admission_vote',
      article: '支部大会表决',
      rule: { zh: '到会超过半数，赞成超过应到会有表决权正式党员的半数', en: 'Quorum and majority of the expected' },
      result: reached(vote ? vote.date : null) ?? result(meeting ? true : vote!.outcome.passed),
      detail: vote ? `应到${vote.outcome.expected}，实到${vote.counts.present}，赞成${vote.outcome.yesTotal}` : '未表决',
      dates: { meeting: vote?.date ?? null },
      evidence: seqs(record, 'admission_meeting'),
      on: vote?.date ?? d.application,
    });
    if (meeting) {
      const rules = at(meeting);
      const due = approvalDue(meeting, rules);
      const last = approvalLatest(meeting, rules);
      const on = d.approval;
      const ok = on ? on <= due || (on <= last && !!record.approvalLateReason) : ctx.today > last ? false : null;
      checks.push({
        id: 'approval_time',
        article: '上级党委审批',
        rule: { zh: '决议后三个月内审批，特殊情况有理由的不超过六个月', en: 'Approval within 3 months, at most 6 with a reason' },
        result: result(ok),
        detail: `期限${due}${record.approvalLateReason ? `（延至${last}：${record.approvalLateReason}）` : ''}${on ? `，${on}审批` : ''}`,
        dates: { meeting, due, latest: last, approval: on },
        evidence: seqs(record, 'submit_approval', 'approved', 'not_approved', 'approval_decision'),
        on: meeting,
      });
    }
  };
  if (d.candidate || direct) admissionChecks();
  if (d.approval && d.admissionMeeting) {
    const rules: RuleSet = at(d.admissionMeeting);
    const expected = record.extension ? record.extension.until : probationEnd(d.admissionMeeting, rules);
    checks.push({
      id: 'probation_one_year',
      article: '预备期',
      rule: { zh: '预备期一年，自支部大会通过之日算起', en: 'Probation of one year from the meeting' },
      result: result(d.probationEnd === expected),
      detail: `入党时间${d.admissionMeeting}，预备期至${d.probationEnd}`,
      dates: { admission: d.admissionMeeting, probationEnd: d.probationEnd },
      evidence: seqs(record, 'approved', 'approval_decision', 'direct_admission'),
      on: d.admissionMeeting,
    });
    const applied = d.conversionApplication ?? d.conversionMeeting;
    checks.push({
      id: 'no_early_conversion',
      article: '转正',
      rule: { zh: '预备期满方可转正，不能提前', en: 'No early conversion' },
      result: applied ? result(applied >= d.probationEnd!) : 'pending',
      detail: applied ? `${applied}申请转正` : `预备期至${d.probationEnd}`,
      dates: { probationEnd: d.probationEnd, application: d.conversionApplication, meeting: d.conversionMeeting },
      evidence: seqs(record, 'conversion_application', 'conversion_meeting'),
      on: d.admissionMeeting,
    });
  }
  if (record.extension)
    checks.push({
      id: 'extension',
      article: '延长预备期',
      rule: { zh: '只能延长一次，不少于六个月、不超过一年', en: 'One extension of 6 to 12 months' },
      result: result(record.extension.months >= 6 && record.extension.months <= 12),
      detail: `延长${record.extension.months}个月，至${record.extension.until}`,
      dates: { meeting: record.extension.meetingDate, until: record.extension.until },
      evidence: seqs(record, 'conversion_meeting', 'conversion_approved', 'conversion_decision'),
      on: record.extension.meetingDate,
    });
  const conversionMeeting = record.resolution?.meetingDate ?? null;
  if (conversionMeeting) {
    const due = conversionApprovalDue(conversionMeeting, at(conversionMeeting));
    const on = d.conversionApproval;
    checks.push({
      id: 'conversion_approval_time',
      article: '转正审批',
      rule: { zh: '支部大会讨论转正后三个月内审批', en: 'Conversion approved within 3 months' },
      result: result(on ? on <= due : ctx.today > due ? false : null),
      detail: `期限${due}${on ? `，${on}审批` : ''}`,
      dates: { meeting: conversionMeeting, due, approval: on },
      evidence: seqs(record, 'submit_conversion_approval', 'conversion_approved', 'conversion_decision'),
      on: conversionMeeting,
    });
  }
  if (record.status === 'full')
    checks.push({
      id: 'standing_date',
      article: '党龄',
      rule: { zh: '党龄自预备期满转为正式党员之日算起', en: 'Standing counts from the end of probation' },
      result: result(d.standing === d.probationEnd),
      detail: `转正时间${d.standing}`,
      dates: { probationEnd: d.probationEnd, standing: d.standing, meeting: d.conversionMeeting },
      evidence: seqs(record, 'conversion_approved', 'conversion_decision'),
      on: d.standing ?? d.application,
    });
  return checks.map(({ on, ...check }) => ({ ...check, ruleSetId: ruleSetOn(ctx.ruleSets, on).id }));
}
