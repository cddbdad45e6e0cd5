import type { AssigneeRule, OrgAnchor, RouteInput, StageInput } from '@bastion/approvals-contracts';
import type { ApprovalsTestApp } from './approvals-test-app';
import { ADMIN, createdId, posted, type PersonKey } from '@bastion/platform-service-testing';

export { keyedAction as action } from '@bastion/platform-service-testing';

/** A stage for whoever holds `role` at the node `at` names: all of them (会签) or any one (或签). */
export function roleStage(
  name: string,
  role: Extract<AssigneeRule, { kind: 'role' }>['role'],
  at: OrgAnchor,
  mode: 'all' | 'any',
  over: Partial<StageInput> = {},
): StageInput {
  return { name, assignees: { kind: 'role', role, at }, mode: { kind: mode }, ...over };
}

/** 支部审核: the subject branch's secretary decides alone (或签). */
export const branchReview = roleStage('支部审核', 'secretary', { kind: 'subject_org', levelsUp: 0 }, 'any');

/** 通用请示 up the tree: the branch secretary, then the approving committee's organisation department, all of them. */
export function branchToCommittee(
  over: Partial<StageInput> = {},
  first: Partial<StageInput> = {},
): { name: string; route: RouteInput } {
  return {
    name: '通用请示（支部 → 上级党委）',
    route: {
      stages: [
        { ...branchReview, timeLimit: { amount: 2, unit: 'working_days' }, ...first },
        roleStage('组织部会签', 'org_department', { kind: 'approving_committee' }, 'all', {
          timeLimit: { amount: 3, unit: 'working_days' },
          onExpiry: { kind: 'escalate' },
          requires: { opinion: true, attachments: false, signature: false },
          ...over,
        }),
      ],
      settings: { urgeIntervalMinutes: 60 },
    },
  };
}

/** A stage any one of the organisation department's staff decides (或签), then the group's secretary. */
export function anyOfOrgDepartment(): { name: string; route: RouteInput } {
  return {
    name: '组织部或签',
    route: {
      stages: [
        roleStage('组织部审批', 'org_department', { kind: 'approving_committee' }, 'any'),
        roleStage('集团党委审定', 'secretary', { kind: 'subject_org', levelsUp: 3 }, 'any'),
      ],
      settings: {},
    },
  };
}

export function createTemplate(t: ApprovalsTestApp, template: { name: string; route: RouteInput }) {
  return createdId(t.as(ADMIN), '/templates', template);
}

/** Submits a general request for the submitter's branch and returns its id and number. */
export async function submit(
  t: ApprovalsTestApp,
  templateId: string,
  over: Record<string, unknown> = {},
  who: PersonKey = 'submitter',
): Promise<{ id: string; number: string }> {
  return posted(t.as(who), 201, '/general-requests', {
    templateId,
    title: '关于购置护林防火设备的请示',
    body: '为做好今冬明春森林防火工作，拟购置风力灭火机十台，请审批。',
    ...over,
  });
}

/** The ledger's actions of a request, in order, as `action` or `action:actor`. */
export async function ledgerActions(t: ApprovalsTestApp, requestId: string): Promise<string[]> {
  const rows: { action: string; actor_name: string | null }[] = await t.db.query(
    `SELECT action, actor_name FROM approvals.ledger WHERE request_id = $1 ORDER BY seq`,
    [requestId],
  );
  return rows.map((r) => (r.actor_name ? `${r.action}:${r.actor_name}` : r.action));
}
