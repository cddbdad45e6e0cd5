import { randomUUID } from 'node:crypto';
import type { RouteInput, StageInput } from '@bastion/approvals-contracts';
import type { ApprovalsTestApp } from './approvals-test-app';
import { ADMIN, type PersonKey } from '@bastion/platform-service-testing';

/** 通用请示 up the tree: the branch secretary, then the approving committee's organisation department, all of them. */
export function branchToCommittee(
  over: Partial<StageInput> = {},
  first: Partial<StageInput> = {},
): { name: string; route: RouteInput } {
  return {
    name: '通用请示（支部 → 上级党委）',
    route: {
      stages: [
        {
          name: '支部审核',
          assignees: { kind: 'role', role: 'secretary', at: { kind: 'subject_org', levelsUp: 0 } },
          mode: { kind: 'any' },
          timeLimit: { amount: 2, unit: 'working_days' },
          ...first,
        },
        {
          name: '组织部会签',
          assignees: { kind: 'role', role: 'org_department', at: { kind: 'approving_committee' } },
          mode: { kind: 'all' },
          timeLimit: { amount: 3, unit: 'working_days' },
          onExpiry: { kind: 'escalate' },
          requires: { opinion: true, attachments: false, signature: false },
          ...over,
        },
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
        {
          name: '组织部审批',
          assignees: { kind: 'role', role: 'org_department', at: { kind: 'approving_committee' } },
          mode: { kind: 'any' },
        },
        {
          name: '集团党委审定',
          assignees: { kind: 'role', role: 'secretary', at: { kind: 'subject_org', levelsUp: 3 } },
          mode: { kind: 'any' },
        },
      ],
      settings: {},
    },
  };
}

export async function createTemplate(t: ApprovalsTestApp, template: { name: string; route: RouteInput }) {
  const created = await t.as(ADMIN).post('/templates', template);
  if (created.status !== 201) throw new Error(`template: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id as string;
}

/** Submits a general request for the submitter's branch and returns its id and number. */
export async function submit(
  t: ApprovalsTestApp,
  templateId: string,
  over: Record<string, unknown> = {},
  who: PersonKey = 'submitter',
): Promise<{ id: string; number: string }> {
  const response = await t.as(who).post('/general-requests', {
    templateId,
    title: '关于购置护林防火设备的请示',
    body: '为做好今冬明春森林防火工作，拟购置风力灭火机十台，请审批。',
    ...over,
  });
  if (response.status !== 201) throw new Error(`submit: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** An action as the HTTP API takes it, with a fresh idempotency key. */
export function action(type: string, over: Record<string, unknown> = {}) {
  return { type, idempotencyKey: `key-${randomUUID()}`, ...over };
}

/** The ledger's actions of a request, in order, as `action` or `action:actor`. */
export async function ledgerActions(t: ApprovalsTestApp, requestId: string): Promise<string[]> {
  const rows: { action: string; actor_name: string | null }[] = await t.db.query(
    `SELECT action, actor_name FROM approvals.ledger WHERE request_id = $1 ORDER BY seq`,
    [requestId],
  );
  return rows.map((r) => (r.actor_name ? `${r.action}:${r.actor_name}` : r.action));
}
