import { z } from 'zod';

/**
 * The person's standing in the procedure (入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员)
 * and the side exits, each of which closes the case.
 */
export const developmentStatuses = [
  'applicant',
  'activist',
  'candidate',
  'probationary',
  'full',
  'not_accepted',
  'withdrawn',
  'dropped',
  'cancelled',
  'transferred_out',
  /** An administrator ended a stuck case's workflow, with a reason (see the case view's `termination`). */
  'terminated',
] as const;
export const developmentStatusSchema = z.enum(developmentStatuses);
export type DevelopmentStatus = z.infer<typeof developmentStatusSchema>;

/** The statuses a case moves through; the rest are exits. */
export const pipelineStatuses = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type PipelineStatus = (typeof pipelineStatuses)[number];
export const exitStatuses = ['not_accepted', 'withdrawn', 'dropped', 'cancelled', 'transferred_out'] as const;

export const developmentStatusLabels: Record<DevelopmentStatus, { zh: string; en: string }> = {
  applicant: { zh: '入党申请人', en: 'Applicant' },
  activist: { zh: '入党积极分子', en: 'Activist' },
  candidate: { zh: '发展对象', en: 'Development candidate' },
  probationary: { zh: '预备党员', en: 'Probationary member' },
  full: { zh: '正式党员', en: 'Full member' },
  not_accepted: { zh: '未被接收', en: 'Not accepted' },
  withdrawn: { zh: '本人撤回', en: 'Withdrawn' },
  dropped: { zh: '已取消培养', en: 'Dropped' },
  cancelled: { zh: '取消预备党员资格', en: 'Probation cancelled' },
  transferred_out: { zh: '已转出', en: 'Transferred out' },
  terminated: { zh: '已终止', en: 'Terminated' },
};

/** The five stages of 《中国共产党发展党员工作细则》. */
export const stageLabels: Record<1 | 2 | 3 | 4 | 5, { zh: string; en: string }> = {
  1: { zh: '申请入党', en: 'Application' },
  2: { zh: '入党积极分子的确定和培养教育', en: 'Activist: selection and training' },
  3: { zh: '发展对象的确定和考察', en: 'Development candidate: selection and scrutiny' },
  4: { zh: '预备党员的接收', en: 'Admission as probationary member' },
  5: { zh: '预备党员的教育考察和转正', en: 'Probation and conversion' },
};
export type Stage = keyof typeof stageLabels;

export const stepKeys = [
  'application',
  'talk',
  'activist',
  'activist_filing',
  'mentors',
  'education',
  'candidate',
  'candidate_filing',
  'sponsors',
  'political_review',
  'concentrated_training',
  'committee_review',
  'pre_review',
  'application_form',
  'admission_meeting',
  'approval_talk',
  'approval',
  'approval_filing',
  'placement',
  'oath',
  'probation_education',
  'conversion_application',
  'conversion_meeting',
  'conversion_approval',
  'archive',
] as const;
export const stepKeySchema = z.enum(stepKeys);
export type StepKey = z.infer<typeof stepKeySchema>;

export interface StepDefinition {
  /** 1 … 25 */
  number: number;
  key: StepKey;
  stage: Stage;
  zh: string;
  en: string;
  /** Who acts, as the rules name them. */
  actor: { zh: string; en: string };
  /** The article of the 2014 rules behind the step's fixed timing, where the rule book names one. */
  article: string | null;
}

const step = (
  key: StepKey,
  stage: Stage,
  zh: string,
  en: string,
  actor: [string, string],
  article: string | null = null,
): Omit<StepDefinition, 'number'> => ({ key, stage, zh, en, actor: { zh: actor[0], en: actor[1] }, article });

/** The 25 steps, in order. */
export const stepDefinitions: readonly StepDefinition[] = [
  step('application', 1, '递交入党申请书', 'Written application', ['申请人', 'Applicant'], '第五条'),
  step(
    'talk',
    1,
    '党组织派人谈话',
    'Talk with the applicant',
    ['支部书记或组织委员', 'Branch secretary or officer'],
    '第七条',
  ),
  step('activist', 2, '推荐和确定入党积极分子', 'Decide activist', ['支部委员会', 'Branch committee']),
  step('activist_filing', 2, '上级党委备案', 'File with the committee', ['党支部', 'Branch']),
  step('mentors', 2, '指定培养联系人', 'Assign mentors', ['支部委员会', 'Branch committee']),
  step(
    'education',
    2,
    '培养教育考察',
    'Training and observation',
    ['培养联系人、党支部', 'Mentors and branch'],
    '第十一条',
  ),
  step(
    'candidate',
    3,
    '确定发展对象',
    'Decide development candidate',
    ['支部委员会', 'Branch committee'],
    '第十三条',
  ),
  step('candidate_filing', 3, '报上级党委备案', 'File with the committee', ['党支部', 'Branch']),
  step('sponsors', 3, '确定入党介绍人', 'Fix two sponsors', ['支部委员会', 'Branch committee'], '第十四条'),
  step('political_review', 3, '政治审查', 'Political review', ['党支部', 'Branch'], '第十六条'),
  step(
    'concentrated_training',
    3,
    '集中培训',
    'Concentrated training',
    ['基层党委', 'Committee'],
    '第十七条',
  ),
  step(
    'committee_review',
    4,
    '支部委员会审查',
    'Branch committee review',
    ['支部委员会', 'Branch committee'],
    '第十九条',
  ),
  step('pre_review', 4, '上级党委预审', 'Pre-review', ['基层党委', 'Approving committee']),
  step('application_form', 4, '填写入党志愿书', 'Fill in the application form', [
    '发展对象、入党介绍人',
    'Candidate and sponsors',
  ]),
  step('admission_meeting', 4, '支部大会讨论', 'Branch meeting votes to admit', [
    '支部大会',
    'Branch general meeting',
  ]),
  step('approval_talk', 4, '上级党委派人谈话', 'Talk before approval', [
    '党委委员或组织员',
    'Committee member or organiser',
  ]),
  step('approval', 4, '上级党委审批', 'Approval', ['基层党委', 'Approving committee']),
  step('approval_filing', 4, '再上一级党委组织部门备案', 'Filing one level up', ['基层党委', 'Committee']),
  step('placement', 5, '编入党支部和党小组', 'Place in branch and party group', ['党支部', 'Branch']),
  step('oath', 5, '入党宣誓', 'Oath', ['基层党委或党支部', 'Committee or branch']),
  step('probation_education', 5, '继续教育考察', 'Continued education', [
    '党支部、党小组',
    'Branch and party group',
  ]),
  step('conversion_application', 5, '提出转正申请', 'Apply for conversion', [
    '预备党员',
    'Probationary member',
  ]),
  step('conversion_meeting', 5, '支部大会讨论', 'Branch meeting votes on conversion', [
    '支部大会',
    'Branch general meeting',
  ]),
  step('conversion_approval', 5, '上级党委审批', 'Approval of the conversion', [
    '基层党委',
    'Approving committee',
  ]),
  step('archive', 5, '材料归档', 'Archive', ['党支部、基层党委', 'Branch and committee']),
].map((s, i) => ({ ...s, number: i + 1 }));

export const stepByKey: Record<StepKey, StepDefinition> = Object.fromEntries(
  stepDefinitions.map((s) => [s.key, s]),
) as Record<StepKey, StepDefinition>;
