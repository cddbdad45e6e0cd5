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
import { reviewValidUntil } from './timing';

const breach = (message: string, params?: Refusal['params']): Refusal => ({
  code: DevelopmentErrorCode.RuleBreach,
  message,
  ...(params ? { params } : {}),
});

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
  if (!facts) return breach(`未找到${role}（${name}）的党员信息`);
  const sanctions = facts.sanctions ?? [];
  if (expelledOn(sanctions, date)) return breach(`${name}已被开除党籍，不能担任${role}`, { name, date });
  if (facts.membership === 'probationary')
    return breach(`${name}是预备党员，不能担任${role}（《细则》第十四条）`);
  if (facts.membership !== 'full') return breach(`${name}不是正式党员，不能担任${role}（《细则》第十四条）`);
  if (role === '入党介绍人' && underProbationOn(sanctions, date))
    return breach(`${name}受留党察看处分、尚未恢复党员权利，不能担任入党介绍人（《细则》第十四条）`, {
      name,
      date,
    });
  if (role === '入党介绍人' && underCorrectionOrderOn(sanctions, date))
    return breach(`${name}被责令限期改正期间，不能担任入党介绍人（《细则》第十四条）`, { name, date });
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
  if (sponsors.length !== count) return breach(`入党介绍人须为${count}名正式党员（《细则》第十四条）`);
  if (new Set(sponsors.map((s) => s.personId)).size !== sponsors.length)
    return breach('两名入党介绍人不能是同一人');
  if (sponsors.some((s) => s.personId === candidateId)) return breach('发展对象不能担任自己的入党介绍人');
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
    `受开除党籍处分的，${rejoinAfterExpulsionYears}年内不得重新入党；自${until}起方可再递交入党申请书`,
    {
      until,
      date: applicationDate,
    },
  );
}

/** 第十七条: concentrated training of at least 3 days, or at least 24 class hours. */
export function trainingSufficient(training: { days: number; hours: number }, rules: RuleSet): boolean {
  return training.days >= rules.fixed.trainingMinDays || training.hours >= rules.fixed.trainingMinHours;
}

export function trainingRefusal(training: { days: number; hours: number }, rules: RuleSet): Refusal | null {
  if (trainingSufficient(training, rules)) return null;
  return breach(
    `集中培训时间一般不少于${rules.fixed.trainingMinDays}天或不少于${rules.fixed.trainingMinHours}个学时（《细则》第十七条）；所录为${training.days}天、${training.hours}学时`,
  );
}

/** 第十六条: no admission without a passed review, still valid (where the committee limits validity). */
export function reviewRefusal(
  review: { date: string; passed: boolean } | null,
  on: string,
  rules: RuleSet,
): Refusal | null {
  if (!review) return breach('未经政治审查的，不能发展入党（《细则》第十六条）');
  if (!review.passed) return breach('政治审查未通过，不能发展入党（《细则》第十六条）');
  const until = reviewValidUntil(review.date, rules);
  if (until && on > until) return breach(`政治审查结论已于${until}过期，须重新审查`);
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
  return breach(
    `发展对象将在${rules.fixed.leavingWithinMonths}个月内离开工作单位的，一般不办理接收手续（《细则》第十九条）；确需办理的须写明理由`,
  );
}

/** The oath is held by the committee or the branch, never by a party group. */
export function oathRefusal(heldBy: 'committee' | 'branch' | 'party_group'): Refusal | null {
  return heldBy === 'party_group' ? breach('入党宣誓仪式由基层党委或党支部组织，党小组不能组织') : null;
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
  return isTooEarly(day(on), day(end)) ? breach(`预备期至${end}期满，不能提前转正`) : null;
}

/** The outcomes a conversion meeting may resolve: after an extension only convert or cancel. */
export function allowedOutcomes(extended: boolean): readonly ('convert' | 'extend' | 'cancel')[] {
  return extended ? ['convert', 'cancel'] : ['convert', 'extend', 'cancel'];
}

/** 延长预备期: once only, by at least 6 and at most 12 months. */
export function extensionRefusal(extended: boolean, months: number | null, rules: RuleSet): Refusal | null {
  if (extended) return breach('预备期只能延长一次；延长期满只能按期转正或取消预备党员资格');
  const { extensionMinMonths: min, extensionMaxMonths: max } = rules.fixed;
  if (months === null || months < min || months > max)
    return breach(`延长预备期不能少于${min}个月，最长不超过${max}个月`);
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
    return {
      code: DevelopmentErrorCode.ApproverNotAuthorised,
      message: '乡镇（街道）党委所属的基层党委不能审批发展党员',
      params: { orgKind: org.kind, problem: 'no_authority' },
    };
  return null;
}
