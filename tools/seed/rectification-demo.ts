import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { addDays, parseLocalDate, shanghaiDateOf } from '@bastion/calendar';
import type { ItemView } from '@bastion/rectification-contracts';
import { DEMO_PASSWORD } from './forest-group';
import {
  DEMO_STATUSES,
  type DemoBatch,
  type DemoItem,
  type DemoStatus,
  rectificationDemoPlan,
} from './rectification-demo-plan';

/** Where each service listens, e.g. `http://127.0.0.1:3003`. */
export interface ServiceUrls {
  identity: string;
  approvals: string;
  rectification: string;
}

/** Whether the demo takes the item as far as `status`; an item fixed on the spot goes no step beyond registration. */
const reaches = (item: DemoItem, status: DemoStatus) =>
  item.stage !== 'fixed_on_spot' && DEMO_STATUSES.indexOf(item.stage) >= DEMO_STATUSES.indexOf(status);
const day = (days: number) => addDays(parseLocalDate(shanghaiDateOf(new Date())), days);

interface Person {
  personId: string;
  name: string;
}

/** A signed-in demo user calling the services' HTTP APIs. */
class Session {
  constructor(
    private readonly urls: ServiceUrls,
    private readonly token: string,
  ) {}

  async call<T>(service: keyof ServiceUrls, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.urls[service]}/api/${service}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${service}${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async upload(name: string, content: string): Promise<{ id: string; name: string; sha256: string }> {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/plain' }), name);
    const response = await fetch(`${this.urls.rectification}/api/rectification/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; name: string; sha256: string };
  }
}

/**
 * Loads the rectification demo through the services themselves (their HTTP APIs, so every item's
 * and batch's workflow runs, and sign-offs are decided on the approvals engine by the demo people
 * who hold them), on the first run only: an installation with any batch keeps what it has. The
 * database is read only to find who is who (an organisation's officers, a task's signer).
 */
export async function seedRectificationDemo(
  urls: ServiceUrls,
  databaseUrl: string,
): Promise<'seeded' | 'kept'> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT 1 FROM rectification.batch LIMIT 1');
    if (rows.length) return 'kept';
    const demo = new DemoRun(urls, db);
    for (const batch of rectificationDemoPlan()) await demo.batch(batch);
    return 'seeded';
  } finally {
    await db.end();
  }
}

class DemoRun {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly urls: ServiceUrls,
    private readonly db: Client,
  ) {}

  async batch(plan: DemoBatch): Promise<void> {
    const opener = await this.login(plan.openedBy);
    const batch = await opener.call<{ row: { id: string } }>('rectification', 'POST', '/batches', {
      source: plan.source,
      title: plan.title,
      feedbackDate: day(-plan.feedbackDaysAgo),
      inspectedOrgId: await this.orgId(plan.inspected),
      idempotencyKey: `demo-${plan.key}`,
    });
    for (const [index, item] of plan.items.entries()) {
      await this.item(opener, batch.row.id, item, `demo-${plan.key}-${index}`);
    }
  }

  private async item(supervisor: Session, batchId: string, plan: DemoItem, key: string): Promise<void> {
    const orgId = await this.orgId(plan.org);
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
    const officer = await this.login(await this.username(secretary.personId));
    const planned = await act(officer, 'submit_plan', {
      measures: '对照问题逐项制定整改措施，明确责任人和完成时限。',
      target: '问题按期整改到位，建立长效机制。',
      note: '',
    });
    if (!reaches(plan, 'in_progress')) return;
    await this.signOff(planned.record.pending!.requestId);
    await this.until(supervisor, id, 'in_progress');
    await act(officer, 'progress', { percent: 40, note: '已完成问题排查和制度修订。' });
    if (!reaches(plan, 'acceptance')) return;
    const evidence = await officer.upload('整改佐证材料.txt', `${plan.problem}\n整改情况说明。`);
    await act(officer, 'evidence', { note: '整改情况说明', files: [evidence] });
    const submitted = await act(officer, 'submit_acceptance', {
      note: '已按方案完成整改，申请验收。',
      files: [],
    });
    if (!reaches(plan, 'closed')) return;
    await this.signOff(submitted.record.pending!.requestId);
    await this.until(supervisor, id, 'closed');
  }

  /** Decides every stage of a sign-off as whoever holds its open task. */
  private async signOff(requestId: string): Promise<void> {
    for (let round = 0; round < 200; round += 1) {
      const { rows } = await this.db.query<{ status: string; signer: string | null }>(
        `SELECT r.status, t.actor_person_id AS signer FROM approvals.request r
           LEFT JOIN approvals.task t ON t.request_id = r.id AND t.status = 'open' AND t.kind = 'sign'
          WHERE r.id = $1`,
        [requestId],
      );
      if (rows[0] && rows[0].status !== 'running') return;
      const signer = rows.find((r) => r.signer)?.signer;
      if (!signer) {
        await sleep(200);
        continue;
      }
      const session = await this.login(await this.username(signer));
      await session.call('approvals', 'POST', `/requests/${requestId}/actions`, {
        type: 'approve',
        idempotencyKey: `demo-${requestId}-${signer}`,
        opinion: '同意。',
      });
    }
    throw new Error(`sign-off ${requestId} did not finish`);
  }

  private async until(session: Session, itemId: string, status: string): Promise<void> {
    for (let round = 0; round < 300; round += 1) {
      const view = await session.call<ItemView>('rectification', 'GET', `/items/${itemId}`);
      if (view.row.status === status) return;
      await sleep(200);
    }
    throw new Error(`item ${itemId} did not reach ${status}`);
  }

  private async login(username: string): Promise<Session> {
    const known = this.sessions.get(username);
    if (known) return known;
    const response = await fetch(`${this.urls.identity}/api/identity/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    const session = new Session(this.urls, accessToken);
    this.sessions.set(username, session);
    return session;
  }

  private async orgId(name: string): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      'SELECT id FROM identity.org_unit WHERE name = $1 AND dissolved_at IS NULL',
      [name],
    );
    if (rows.length !== 1) throw new Error(`no single organisation named ${name}`);
    return rows[0]!.id;
  }

  /** The organisation's secretary, and its organisation officer (or the secretary) to take charge. */
  private async officers(orgId: string): Promise<{ secretary: Person; owner: Person }> {
    const { rows } = await this.db.query<Person & { role: string }>(
      `SELECT p.id AS "personId", p.name, o.role FROM identity.office o JOIN identity.person p ON p.id = o.person_id
        WHERE o.org_id = $1 AND o.to_date IS NULL AND o.role IN ('secretary', 'organisation_officer', 'org_department')
        ORDER BY p.name`,
      [orgId],
    );
    const first = (role: string) => rows.find((r) => r.role === role);
    const secretary = first('secretary');
    if (!secretary) throw new Error(`organisation ${orgId} has no secretary`);
    const owner = first('organisation_officer') ?? first('org_department') ?? secretary;
    return {
      secretary: { personId: secretary.personId, name: secretary.name },
      owner: { personId: owner.personId, name: owner.name },
    };
  }

  private async username(personId: string): Promise<string> {
    const { rows } = await this.db.query<{ username: string }>(
      'SELECT username FROM identity.user_account WHERE person_id = $1 AND disabled_at IS NULL',
      [personId],
    );
    if (!rows[0]) throw new Error(`person ${personId} has no login`);
    return rows[0].username;
  }
}
