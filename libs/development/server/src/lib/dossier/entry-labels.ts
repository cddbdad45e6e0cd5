import {
  type CaseEntry,
  type CaseEntryKind,
  type CaseStepType,
  type MigratedStep,
  stepActionLabels,
  stepDefinitions,
} from '@bastion/development-contracts';

/** Entries the workflow writes by itself, beside the steps people take. */
const recordedKinds: Partial<Record<CaseEntryKind, string>> = {
  opened: '递交入党申请书',
  migrated: '纸质档案录入',
  signoff_started: '发起审批',
  pre_review_passed: '预审通过',
  pre_review_failed: '预审未通过',
  approval_talk_held: '审批前谈话',
  approved: '党委审批通过',
  not_approved: '党委审批未通过',
  conversion_approved: '转正审批通过',
  conversion_not_approved: '转正审批未通过',
  alert: '时限提醒',
  rules_adopted: '适用新规则版本',
};

/** What an entry records, in words. */
export function entryLabel(entry: CaseEntry): string {
  return (
    recordedKinds[entry.kind] ??
    stepActionLabels[entry.kind as CaseStepType | MigratedStep['type']]?.zh ??
    entry.kind
  );
}

/** A step's folder in the dossier: `05-指定培养联系人`; what belongs to no step goes under `00-其他`. */
export function stepFolder(step: number | null): string {
  const definition = step ? stepDefinitions[step - 1] : undefined;
  return definition ? `${String(definition.number).padStart(2, '0')}-${definition.zh}` : '00-其他';
}
