import type { ErrorMessages } from '../message';

/** Refusals of member development: the steps of a case, its rules, its sign-offs. */
export const developmentErrors = {
  WRONG_STEP: {
    status: 409,
    zh: '该步骤现在不能办理：可能顺序不对、已经办理，或档案已关闭。',
    en: 'This step cannot be taken now: it is out of order, already done, or the case is closed.',
  },
  RULE_BREACH: {
    status: 422,
    zh: '不符合发展党员工作规定。',
    en: 'The rules for member development do not allow this.',
  },
  CASE_EXISTS: {
    status: 409,
    zh: '{name}已有发展党员档案，不能重复建立。',
    en: '{name} already has a member development case.',
  },
  VOTERS_NOT_ON_ROLL: {
    status: 422,
    zh: '表决人数须以 {date} 的党员名册为准；会上增加的不计入人员须写明原因和起止日期。',
    en: 'The voters are those on the roll on {date}; a member excused at the meeting needs a reason and dates.',
  },
  APPROVAL_LATE: {
    status: 422,
    zh: '上级党委应在支部大会（{meeting}）后三个月内（{due}前）审批；超过的，最迟至{latest}，须写明特殊情况的理由。',
    en: 'The committee decides within three months of the meeting of {meeting} (by {due}); later, up to {latest}, only with the special reason recorded.',
  },
  APPROVAL_LAPSED: {
    status: 422,
    zh: '支部大会（{meeting}）后已超过六个月（最迟{latest}），上级党委不能再审批，须重新履行程序。',
    en: 'More than six months have passed since the meeting of {meeting} (the latest was {latest}): the committee can no longer decide on it; the branch has to go through the procedure again.',
  },
  APPROVER_NOT_AUTHORISED: {
    status: 422,
    zh: '只有具有审批权限的基层党委才能审批发展党员和转正；党总支、党支部、临时党组织和没有审批权限的党委都不能审批。',
    en: 'Only a Party committee with approval authority decides an admission or a conversion: never a general branch, a branch, a temporary organisation or a committee without the authority.',
  },
  ACCOUNT_NOT_A_PERSON: {
    status: 403,
    zh: '该账号未关联人员，而此步骤须记录办理人。请以该案所在支部或党委的工作人员身份登录，或请管理员为您的人员记录开通账号。',
    en: 'This login is no person on record, and this step records the person who took it. Sign in as an officer of the case’s branch or committee, or ask an administrator to give your person record a login.',
  },
} as const satisfies ErrorMessages;
