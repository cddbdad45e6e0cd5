import { saveRouteTemplateSchema } from '@bastion/approvals-contracts';
import { demoRouteTemplates } from './approval-templates';

describe('demo route templates', () => {
  it.each(demoRouteTemplates().map((t) => [t.name, t]))(
    '%s is a template the service accepts',
    (_name, template) => {
      const parsed = saveRouteTemplateSchema.safeParse(template);
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('include the branch → committee request with a three-working-day, escalating all-stage', () => {
    const [general] = demoRouteTemplates().map((t) => saveRouteTemplateSchema.parse(t));
    expect(general!.route.stages.map((s) => [s.name, s.mode.kind, s.timeLimit, s.onExpiry.kind])).toEqual([
      ['支部书记审核', 'any', { amount: 2, unit: 'working_days' }, 'remind'],
      ['上级党委组织部会签', 'all', { amount: 3, unit: 'working_days' }, 'escalate'],
    ]);
  });
});
