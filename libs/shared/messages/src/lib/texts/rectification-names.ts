import type { Messages } from '../message';

/**
 * The names of problem rectification: an item's stages and steps (its actions, and the steps of a
 * paper record taken over), its sign-offs, the ladder of measures, and a batch's statuses.
 */
export const rectificationNameTexts = {
  // A batch's statuses.
  'rectification.batch_status.open': { zh: '整改中', en: 'Open' },
  'rectification.batch_status.signing': { zh: '报告签批中', en: 'Report being signed' },
  'rectification.batch_status.signed': { zh: '报告已签批', en: 'Report signed' },
  'rectification.batch_status.re_sign_required': { zh: '需重新签批', en: 'Re-signing required' },
  'rectification.batch_status.closed': { zh: '已完成', en: 'Closed' },
  // The steps of an item (its actions).
  'rectification.action.assign': { zh: '交办', en: 'Assign' },
  'rectification.action.edit': { zh: '修改', en: 'Edit' },
  'rectification.action.submit_plan': { zh: '提交整改方案', en: 'Submit plan' },
  'rectification.action.progress': { zh: '报送进展', en: 'Report progress' },
  'rectification.action.evidence': { zh: '上传佐证材料', en: 'Add evidence' },
  'rectification.action.submit_acceptance': { zh: '提交验收', en: 'Submit for acceptance' },
  'rectification.action.request_extension': { zh: '申请延期', en: 'Request extension' },
  'rectification.action.long_term': { zh: '转长期整改', en: 'Make long-term' },
  'rectification.action.milestone_done': { zh: '完成节点', en: 'Milestone done' },
  'rectification.action.hand_over': { zh: '移交', en: 'Hand over' },
  'rectification.action.transfer': { zh: '责任转移', en: 'Transfer responsibility' },
  'rectification.action.urge': { zh: '催办', en: 'Urge' },
  'rectification.action.named_supervision': { zh: '挂牌督办', en: 'Named supervision' },
  'rectification.action.look_back': { zh: '回头看', en: 'Look back' },
  'rectification.action.link': { zh: '关联事项', en: 'Link items' },
  'rectification.action.unlink': { zh: '取消关联', en: 'Unlink' },
  // The rungs of the ladder of measures for an item that lags.
  'rectification.ladder.notice': { zh: '督查督办通知书', en: 'Notice of the task' },
  'rectification.ladder.guidance': { zh: '阶段指导', en: 'Guidance on lagging progress' },
  'rectification.ladder.reminder': { zh: '提醒书', en: 'Reminder before the deadline' },
  'rectification.ladder.warning': { zh: '告诫书', en: 'Warning with a final deadline' },
  'rectification.ladder.accountability': { zh: '建议问责', en: 'Accountability proposed' },
  // The sign-offs an item goes through.
  'rectification.sign_off.plan': { zh: '方案审批', en: 'Plan approval' },
  'rectification.sign_off.acceptance': { zh: '验收', en: 'Acceptance' },
  'rectification.sign_off.extension': { zh: '延期审批', en: 'Extension approval' },
  // The stages of an item.
  'rectification.status.registered': { zh: '立项', en: 'Registered' },
  'rectification.status.assigned': { zh: '已交办', en: 'Assigned' },
  'rectification.status.plan_approval': { zh: '方案审批', en: 'Plan approval' },
  'rectification.status.in_progress': { zh: '整改中', en: 'In progress' },
  'rectification.status.acceptance': { zh: '验收中', en: 'Acceptance' },
  'rectification.status.closed': { zh: '已销号', en: 'Closed' },
  'rectification.status.handed_over': { zh: '已移交', en: 'Handed over' },
  'rectification.status.terminated': { zh: '已终止', en: 'Terminated' },
  // The steps of a paper record taken over.
  'rectification.paper_step.assign': { zh: '交办', en: 'Assigned' },
  'rectification.paper_step.submit_plan': { zh: '提交整改方案', en: 'Plan submitted' },
  'rectification.paper_step.plan_decision': { zh: '方案审批结果', en: 'Plan decision' },
  'rectification.paper_step.progress': { zh: '报送进展', en: 'Progress reported' },
  'rectification.paper_step.evidence': { zh: '佐证材料', en: 'Evidence' },
  'rectification.paper_step.request_extension': { zh: '申请延期', en: 'Extension requested' },
  'rectification.paper_step.extension_decision': { zh: '延期审批结果', en: 'Extension decision' },
  'rectification.paper_step.submit_acceptance': { zh: '提交验收', en: 'Submitted for acceptance' },
  'rectification.paper_step.acceptance_decision': { zh: '验收结果', en: 'Acceptance decision' },
  'rectification.paper_step.look_back': { zh: '回头看', en: 'Look-back' },
} as const satisfies Messages;
