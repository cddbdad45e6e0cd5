import { routeSchema, type RouteInput } from './route';
import { approvalWorkflowId } from './approval-workflow';
import { actionRequestSchema } from './actions';

const person = { personId: '6bd3ec7d-9629-45d6-8c5d-048f10cae76e', name: '王甲书' };
const route = (over: Partial<RouteInput> = {}): RouteInput => ({
  stages: [{ name: '支部审核', assignees: { kind: 'people', people: [person] }, mode: { kind: 'any' } }],
  settings: {},
  ...over,
});

describe('a route', () => {
  it('fills in the defaults a template leaves out', () => {
    const parsed = routeSchema.parse(route());
    expect(parsed.stages[0]).toEqual(
      expect.objectContaining({
        rejectPolicy: 'veto',
        timeLimit: null,
        onExpiry: { kind: 'remind', times: 2 },
        cc: [],
      }),
    );
    expect(parsed.settings).toEqual(
      expect.objectContaining({ onReject: 'end', whenNobody: 'escalate', allowRecall: true }),
    );
  });

  it('needs at least one stage', () => {
    expect(routeSchema.safeParse(route({ stages: [] })).success).toBe(false);
  });

  it('needs process administrators when the nobody rule hands work to them', () => {
    const result = routeSchema.safeParse(route({ settings: { whenNobody: 'process_admin' } }));
    expect(result.error?.issues[0]?.path).toEqual(['settings', 'processAdmins']);
  });

  it('refuses automatic decisions the template does not allow', () => {
    const stage = {
      name: '审批',
      assignees: { kind: 'people' as const, people: [person] },
      mode: { kind: 'all' as const },
      timeLimit: { amount: 3, unit: 'working_days' as const },
      onExpiry: { kind: 'auto_approve' as const },
    };
    expect(routeSchema.safeParse(route({ stages: [stage] })).success).toBe(false);
    expect(
      routeSchema.safeParse(route({ stages: [stage], settings: { allowAutoDecision: true } })).success,
    ).toBe(true);
  });

  it('refuses escalation without a time limit', () => {
    const stage = {
      name: '审批',
      assignees: { kind: 'people' as const, people: [person] },
      mode: { kind: 'all' as const },
      onExpiry: { kind: 'escalate' as const },
    };
    expect(routeSchema.safeParse(route({ stages: [stage] })).error?.issues[0]?.message).toBe(
      'needs a time limit',
    );
  });

  it('wants a share given as a count or a percentage, not both', () => {
    const share = (mode: object) =>
      routeSchema.safeParse(
        route({
          stages: [{ name: 's', assignees: { kind: 'people', people: [person] }, mode: mode as never }],
        }),
      ).success;
    expect(share({ kind: 'share', atLeast: 1 })).toBe(true);
    expect(share({ kind: 'share', percent: 60 })).toBe(true);
    expect(share({ kind: 'share' })).toBe(false);
    expect(share({ kind: 'share', atLeast: 1, percent: 60 })).toBe(false);
    expect(share({ kind: 'share', atLeast: 2 })).toBe(false);
  });
});

describe('the approval workflow id', () => {
  it('derives from the parent and its step', () => {
    expect(approvalWorkflowId('rectification-item/42', 'plan')).toBe('approval/rectification-item/42/plan');
  });
});

describe('an action', () => {
  it('needs an idempotency key and refuses unknown fields', () => {
    expect(actionRequestSchema.safeParse({ type: 'approve' }).success).toBe(false);
    expect(actionRequestSchema.safeParse({ type: 'approve', idempotencyKey: 'k-12345678' }).success).toBe(
      true,
    );
    expect(
      actionRequestSchema.safeParse({ type: 'approve', idempotencyKey: 'k-12345678', extra: 1 }).success,
    ).toBe(false);
  });

  it('needs an opinion to comment', () => {
    expect(actionRequestSchema.safeParse({ type: 'comment', idempotencyKey: 'k-12345678' }).success).toBe(
      false,
    );
  });
});
