import { addDays, clock } from '@bastion/calendar';
import type { ItemView } from '@bastion/rectification-contracts';
import {
  type DemoDirectory,
  type Person,
  seedOnFirstRun,
  type ServiceUrls,
  type Session,
  until,
} from './demo-session';
import {
  DEMO_STATUSES,
  type DemoBatch,
  type DemoItem,
  type DemoStatus,
  rectificationDemoPlan,
} from './rectification-demo-plan';

/** Whether the demo takes the item as far as `status`; an item fixed on the spot goes no step beyond registration. */
const reaches = (item: DemoItem, status: DemoStatus) =>
  item.stage !== 'fixed_on_spot' && DEMO_STATUSES.indexOf(item.stage) >= DEMO_STATUSES.indexOf(status);
const day = (days: number) => addDays(clock.today(), days);

/**
 * Loads the rectification demo through the services themselves (their HTTP APIs, so every item's
 * and batch's workflow runs, and sign-offs are decided on the approvals engine by the demo people
 * who hold them), on the first run only: an installation with any batch keeps what it has. The
 * database is read only to find who is who (an organisation's officers, a task's signer).
 */
export function seedRectificationDemo(urls: ServiceUrls, databaseUrl: string): Promise<'seeded' | 'kept'> {
  return seedOnFirstRun(urls, databaseUrl, 'rectification.batch', async (directory) => {
    const demo = new DemoRun(directory);
    for (const batch of rectificationDemoPlan()) await demo.batch(batch);
  });
}

class DemoRun {
  constructor(private readonly directory: DemoDirectory) {}

  async batch(plan: DemoBatch): Promise<void> {
    const opener = await this.directory.login(plan.openedBy);
    const batch = await opener.call<{ row: { id: string } }>('rectification', 'POST', '/batches', {
      source: plan.source,
      title: plan.title,
      feedbackDate: day(-plan.feedbackDaysAgo),
      inspectedOrgId: await this.directory.orgId(plan.inspected),
      idempotencyKey: `demo-${plan.key}`,
    });
    for (const [index, item] of plan.items.entries()) {
      await this.item(opener, batch.row.id, item, `demo-${plan.key}-${index}`);
    }
  }

  private async item(supervisor: Session, batchId: string, plan: DemoItem, key: string): Promise<void> {
    const orgId = await this.directory.orgId(plan.org);
    const registeredDeadline = plan.stage === 'registered' && plan.deadlineInDays !== null;
    const { id } = await supervisor.call<{ id: string }>(
      'rectification',
      'POST',
      `/batches/${batchId}/items`,
      {
        text: {
          problem: plan.problem,
          category: plan.category,
          seriousness: plan.seriousness,
          exemptFromPublication: plan.exempt ?? false,
        },
        orgId,
        ...(registeredDeadline ? { deadline: day(plan.deadlineInDays!) } : {}),
        ...(plan.stage === 'fixed_on_spot'
          ? { fixedOnSpot: { note: '巡察期间已立行立改，完善了相关制度。' } }
          : {}),
        idempotencyKey: key,
      },
    );
    if (!reaches(plan, 'assigned')) return;
    const act = (session: Session, type: string, body: Record<string, unknown>) =>
      session.call<ItemView>('rectification', 'POST', `/items/${id}/actions`, {
        type,
        idempotencyKey: `${key}-${type}`,
        ...body,
      });
    const { secretary, owner } = await this.officers(orgId);
    await act(supervisor, 'assign', {
      owner,
      leader: secretary,
      deadline: day(plan.deadlineInDays ?? 30),
      note: '请按期完成整改。',
    });
    if (plan.namedSupervision)
      await act(supervisor, 'named_supervision', { on: true, note: '列为挂牌督办事项' });
    if (!reaches(plan, 'plan_approval')) return;
    const officer = await this.directory.loginAs(secretary.personId);
    const planned = await act(officer, 'submit_plan', {
      measures: '对照问题逐项制定整改措施，明确责任人和完成时限。',
      target: '问题按期整改到位，建立长效机制。',
      note: '',
    });
    if (!reaches(plan, 'in_progress')) return;
    await this.directory.signOff(planned.record.pending!.requestId);
    await this.until(supervisor, id, 'in_progress');
    await act(officer, 'progress', { percent: 40, note: '已完成问题排查和制度修订。' });
    if (!reaches(plan, 'acceptance')) return;
    const evidence = await officer.upload(
      'rectification',
      '整改佐证材料.txt',
      `${plan.problem}\n整改情况说明。`,
    );
    await act(officer, 'evidence', { note: '整改情况说明', files: [evidence] });
    const submitted = await act(officer, 'submit_acceptance', {
      note: '已按方案完成整改，申请验收。',
      files: [],
    });
    if (!reaches(plan, 'closed')) return;
    await this.directory.signOff(submitted.record.pending!.requestId);
    await this.until(supervisor, id, 'closed');
  }

  private until(session: Session, itemId: string, status: string): Promise<void> {
    return until(
      () => session.call<ItemView>('rectification', 'GET', `/items/${itemId}`),
      (view) => view.row.status === status,
      300,
      `item ${itemId} did not reach ${status}`,
    );
  }

  /** The organisation's secretary, and its organisation officer (or the secretary) to take charge. */
  private async officers(orgId: string): Promise<{ secretary: Person; owner: Person }> {
    const rows = await this.directory.holders(orgId, ['secretary', 'organisation_officer', 'org_department']);
    const first = (role: string) => rows.find((r) => r.role === role);
    const secretary = first('secretary');
    if (!secretary) throw new Error(`organisation ${orgId} has no secretary`);
    const owner = first('organisation_officer') ?? first('org_department') ?? secretary;
    return {
      secretary: { personId: secretary.personId, name: secretary.name },
      owner: { personId: owner.personId, name: owner.name },
    };
  }
}
