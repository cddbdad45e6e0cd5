import type { Messages } from '../message';

/**
 * The rules behind the timing of member development: what the case page shows beside a step
 * still to take, and the rule each clock of a case (a deadline, or the first allowed date) runs by.
 */
export const developmentTimingTexts = {
  'development.timing.application': { zh: '年满十八岁（《细则》第五条）', en: 'At least 18 (Art. 5)' },
  'development.timing.talk': { zh: '一个月内派人谈话（《细则》第七条）', en: 'A talk within one month (Art. 7)' },
  'development.timing.education': { zh: '每半年考察一次（《细则》第十一条）', en: 'An assessment every six months (Art. 11)' },
  'development.timing.candidate': {
    zh: '确定为入党积极分子满一年（《细则》第十三条）',
    en: 'A full year as activist (Art. 13)',
  },
  'development.timing.sponsors': { zh: '两名正式党员（《细则》第十四条）', en: 'Two full members (Art. 14)' },
  'development.timing.political_review': {
    zh: '未经政治审查或审查不合格的，不能发展入党（《细则》第十六条）',
    en: 'No admission without a passed political review (Art. 16)',
  },
  'development.timing.concentrated_training': {
    zh: '一般不少于三天或二十四个学时（《细则》第十七条）',
    en: 'Normally at least 3 days or 24 hours (Art. 17)',
  },
  'development.timing.committee_review': {
    zh: '三个月内将离开工作单位的，一般不办理接收手续（《细则》第十九条）',
    en: 'A candidate leaving the unit within 3 months is normally not admitted (Art. 19)',
  },
  'development.timing.admission_meeting': {
    zh: '到会有表决权的正式党员超过应到会人数的半数；赞成人数超过应到会有表决权的正式党员的半数',
    en: 'More than half of the full members entitled to vote present; more than half of them in favour',
  },
  'development.timing.approval': {
    zh: '支部大会决议后三个月内审批，特殊情况不超过六个月',
    en: 'Approval within 3 months of the resolution, at most 6 in special cases',
  },
  'development.timing.oath': {
    zh: '由基层党委或党支部组织，党小组不能组织',
    en: 'Held by the committee or the branch, never by a party group',
  },
  'development.timing.conversion_application': {
    zh: '预备期一年，自支部大会通过之日算起；不能提前转正',
    en: 'Probation of one year from the meeting; no early conversion',
  },
  'development.timing.conversion_meeting': {
    zh: '按期转正、延长预备期（一次，六个月至一年）或取消预备党员资格',
    en: 'Convert on time, extend probation (once, 6 to 12 months) or cancel the probationary membership',
  },
  'development.timing.conversion_approval': {
    zh: '支部大会讨论转正后三个月内审批',
    en: 'Approval within 3 months of the conversion meeting',
  },

  'development.clock.talk.rule': {
    zh: '《细则》第七条：收到入党申请书后一个月内派人谈话',
    en: 'Art. 7: a talk within one month of receiving the application',
  },
  'development.clock.assessment.rule': {
    zh: '《细则》第十一条：每半年对入党积极分子进行一次考察',
    en: 'Art. 11: an activist is assessed every six months',
  },
  'development.clock.thought_report.rule': {
    zh: '本党委规定：定期递交思想汇报',
    en: "The committee's rules: thought reports at regular intervals",
  },
  'development.clock.candidacy.rule': {
    zh: '《细则》第十三条：确定为入党积极分子满一年后方可确定为发展对象',
    en: 'Art. 13: a candidate only after a full year as activist',
  },
  'development.clock.review_validity.rule': {
    zh: '本党委规定：政治审查结论的有效期',
    en: "The committee's rules: how long a political review stays valid",
  },
  'development.clock.pre_review.rule': { zh: '本党委规定：预审办理时限', en: "The committee's rules: the time for the pre-review" },
  'development.clock.admission_meeting.rule': {
    zh: '本党委规定：预审通过后召开支部大会的时限',
    en: "The committee's rules: the time from a passed pre-review to the branch meeting",
  },
  'development.clock.approval.rule': {
    zh: '上级党委应在支部大会决议后三个月内审批',
    en: 'The committee approves within 3 months of the resolution',
  },
  'development.clock.approval_extended.rule': {
    zh: '上级党委审批：特殊情况可延长至支部大会决议后六个月，不得再延',
    en: 'Approval: in special cases up to 6 months after the resolution, no further',
  },
  'development.clock.oath.rule': {
    zh: '本党委规定：审批后及时组织入党宣誓',
    en: "The committee's rules: the oath soon after the approval",
  },
  'development.clock.probation_assessment.rule': {
    zh: '本党委规定：预备期内定期考察',
    en: "The committee's rules: assessments at regular intervals during probation",
  },
  'development.clock.probation_end.rule': {
    zh: '预备期一年，自支部大会通过之日算起；不能提前转正',
    en: 'Probation of one year from the meeting; no early conversion',
  },
  'development.clock.conversion_approval.rule': {
    zh: '上级党委应在支部大会讨论转正后三个月内审批',
    en: 'The committee approves within 3 months of the conversion meeting',
  },
  'development.clock.archive.rule': {
    zh: '本党委规定：转正后及时将材料归档',
    en: "The committee's rules: the file archived soon after the conversion",
  },
} as const satisfies Messages;
