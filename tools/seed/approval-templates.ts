import { DataSource } from 'typeorm';
import type { RouteInput, StageInput } from '@bastion/approvals-contracts';
import { approvalsSchema, importRouteTemplates } from '@bastion/approvals-server';
import { dataSourceOptions } from '@bastion/platform-persistence';

interface DemoTemplate {
  name: string;
  description: string;
  route: RouteInput;
}

/** The branch secretary's review that opens a branch's request, within two working days. */
const branchSecretaryReview: StageInput = {
  name: '支部书记审核',
  assignees: { kind: 'role', role: 'secretary', at: { kind: 'subject_org', levelsUp: 0 } },
  mode: { kind: 'any' },
  timeLimit: { amount: 2, unit: 'working_days' },
};

/** Route templates an installation starts with, so a general request can be submitted at once. */
export function demoRouteTemplates(): DemoTemplate[] {
  return [
    {
      name: '通用请示（支部 → 上级党委）',
      description:
        '党支部向上级党委请示事项：支部书记审核后，由审批党委的组织部会签；组织部三个工作日内未办结的，提交上一级督办。',
      route: {
        stages: [
          {
            ...branchSecretaryReview,
            remindBefore: 1,
            onExpiry: { kind: 'remind', times: 2 },
          },
          {
            name: '上级党委组织部会签',
            assignees: { kind: 'role', role: 'org_department', at: { kind: 'approving_committee' } },
            mode: { kind: 'all' },
            rejectPolicy: 'veto',
            timeLimit: { amount: 3, unit: 'working_days' },
            remindBefore: 1,
            onExpiry: { kind: 'escalate' },
            requires: { opinion: true, attachments: false, signature: false },
          },
        ],
        settings: { onReject: 'end', whenNobody: 'escalate', withdraw: 'until_first_action' },
      },
    },
    {
      name: '工作请示（支部 → 党总支 → 党委，逐级审批）',
      description:
        '逐级请示：支部书记、党总支书记依次审核，审批党委书记审定并抄送组织部；被驳回的退回请示人修改后重新提交。',
      route: {
        stages: [
          branchSecretaryReview,
          {
            name: '党总支书记审核',
            assignees: { kind: 'role', role: 'secretary', at: { kind: 'subject_org', levelsUp: 1 } },
            mode: { kind: 'any' },
            timeLimit: { amount: 2, unit: 'working_days' },
            onExpiry: { kind: 'escalate' },
          },
          {
            name: '党委书记审定',
            assignees: { kind: 'role', role: 'secretary', at: { kind: 'approving_committee' } },
            mode: { kind: 'any' },
            timeLimit: { amount: 3, unit: 'working_days' },
            requires: { opinion: true, attachments: false, signature: false },
            cc: [{ kind: 'role', role: 'org_department', at: { kind: 'approving_committee' } }],
          },
        ],
        settings: { onReject: 'return_to_submitter', resubmitFrom: 'start', sameAssigneeConsecutive: 'skip' },
      },
    },
  ];
}

/**
 * The approvals part of the demo data: the route templates, on the first run only (an
 * installation with any template keeps what it has). `npm start` calls this after the identity
 * seeding.
 */
export async function seedApprovalTemplates(databaseUrl: string): Promise<'seeded' | 'kept'> {
  const db = await new DataSource(
    dataSourceOptions(approvalsSchema, { url: databaseUrl, poolSize: 2, applicationName: 'seed' }),
  ).initialize();
  try {
    return await importRouteTemplates(db, demoRouteTemplates());
  } finally {
    await db.destroy();
  }
}
