import { forestGroupDataset } from './forest-group';
import { DEMO_STATUSES, rectificationDemoPlan } from './rectification-demo-plan';

describe('the rectification demo', () => {
  const { dataset, accounts } = forestGroupDataset();
  const plan = rectificationDemoPlan();

  it('names organisations and logins of the demo organisation', () => {
    const orgs = new Set(dataset.orgs.map((o) => o.name));
    for (const batch of plan) {
      expect(orgs).toContain(batch.inspected);
      expect(accounts.map((a) => a.username)).toContain(batch.openedBy);
      for (const item of batch.items) expect(orgs).toContain(item.org);
    }
  });

  it('spreads the committee batch over its branches and over every stage, with one item overdue', () => {
    const [patrol] = plan;
    expect(patrol!.items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(patrol!.items.map((i) => i.org)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(patrol!.items.map((i) => i.stage))).toEqual(new Set([...DEMO_STATUSES, 'fixed_on_spot']));
    expect(patrol!.items.filter((i) => i.deadlineInDays !== null && i.deadlineInDays < 0)).toHaveLength(1);
  });
});
