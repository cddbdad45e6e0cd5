import { addDays, clock, parseLocalDate } from '@bastion/calendar';
import type { CaseView } from '@bastion/development-contracts';
import {
  type DemoDirectory,
  type Person,
  seedOnFirstRun,
  type ServiceUrls,
  type Session,
  until,
} from './demo-session';
import { type DemoCase, type DemoPeople, developmentDemoPlan, paperRecord } from './development-demo-plan';

/**
 * Loads the member development demo through the development service's API, as branches would:
 * paper records entered with their real dates (so every clock counts from them), new applications
 * opened, and two cases taken a step further today so a pre-review and an approval wait in the
 * committee's inbox. First run only: an installation with any case keeps what it has.
 */
export function seedDevelopmentDemo(urls: ServiceUrls, databaseUrl: string): Promise<'seeded' | 'kept'> {
  return seedOnFirstRun(urls, databaseUrl, 'development."case"', async (directory) => {
    const demo = new DevelopmentDemoRun(directory);
    for (const plan of developmentDemoPlan()) await demo.case(plan);
  });
}

class DevelopmentDemoRun {
  private readonly today = clock.today();
  /** Applicants already taken by this run (the directory learns of a case a moment later). */
  private readonly taken = new Set<string>();

  constructor(private readonly directory: DemoDirectory) {}

  async case(plan: DemoCase): Promise<void> {
    const branchId = await this.directory.orgId(plan.branch);
    const [secretary] = await this.directory.holders(branchId, ['secretary']);
    if (!secretary) throw new Error(`${plan.branch} has no secretary`);
    const officer = await this.directory.loginAs(secretary.personId);
    const { applicationDate, steps } = paperRecord(plan, await this.people(branchId, secretary), this.today);
    const applicant = await this.applicant(branchId, applicationDate);
    const body = { personId: applicant, applicationDate, note: '入党申请书（纸质档案已录入）' };
    if (steps.length === 0) await officer.call('development', 'POST', '/cases', body);
    else await officer.call('development', 'POST', '/cases/migrate', { ...body, steps });
    if (!plan.live) return;
    await this.whenReady(officer, applicant);
    const step =
      plan.live === 'committee_review'
        ? { type: 'committee_review', date: this.today }
        : { type: 'submit_approval', note: '支部大会已讨论通过，报请党委审批。' };
    await officer.call<CaseView>('development', 'POST', `/cases/${applicant}/actions`, {
      idempotencyKey: `demo-development-${plan.key}`,
      step,
    });
  }

  /** Someone of the branch, old enough on the date, never a member and without a case. */
  private async applicant(branchId: string, applicationDate: string): Promise<string> {
    const adultBy = addDays(parseLocalDate(applicationDate), -19 * 366);
    const { rows } = await this.directory.db.query<{ id: string }>(
      `SELECT p.id FROM identity.person p
        WHERE p.org_id = $1 AND p.development_stage IS NULL AND p.birth_date <= $2
          AND NOT EXISTS (SELECT 1 FROM identity.membership m WHERE m.person_id = p.id)
        ORDER BY p.name, p.id`,
      [branchId, adultBy],
    );
    const free = rows.find((r) => !this.taken.has(r.id));
    if (!free) throw new Error(`no one in ${branchId} is left to apply`);
    this.taken.add(free.id);
    return free.id;
  }

  /** The branch's mentor and sponsors, its voters, and the committee's organiser. */
  private async people(branchId: string, secretary: Person): Promise<DemoPeople> {
    const { rows: members } = await this.directory.db.query<Person>(
      `SELECT p.id AS "personId", p.name FROM identity.person p JOIN identity.membership m ON m.person_id = p.id
        WHERE p.org_id = $1 AND m.status = 'full' AND m.voting_rights AND p.id <> $2
        ORDER BY p.name, p.id`,
      [branchId, secretary.personId],
    );
    // A meeting's voters are those on the roll on its date: every full member with voting rights
    // whose standing counts by then, the secretary included.
    const { rows: voters } = await this.directory.db.query<{ standing: string }>(
      `SELECT to_char(m.standing_date, 'YYYY-MM-DD') AS standing
         FROM identity.person p JOIN identity.membership m ON m.person_id = p.id
        WHERE p.org_id = $1 AND m.status = 'full' AND m.voting_rights`,
      [branchId],
    );
    const { rows: committee } = await this.directory.db.query<{ id: string }>(
      `SELECT c.id FROM identity.org_unit b JOIN identity.org_unit c
          ON b.path LIKE c.path || '%' AND c.kind = 'committee' AND c.id <> b.id
        WHERE b.id = $1 ORDER BY length(c.path) DESC LIMIT 1`,
      [branchId],
    );
    const staff = await this.directory.holders(committee[0]!.id, ['organiser', 'org_department']);
    const organiser = staff.find((p) => p.role === 'organiser') ?? staff[0];
    const [mentor, other] = members;
    if (!mentor || !other || !organiser) throw new Error(`${branchId} lacks the people a record names`);
    const ref = (p: Person) => ({ personId: p.personId, name: p.name });
    return {
      talker: ref(secretary),
      mentor: ref(mentor),
      sponsors: [ref(mentor), ref(other)],
      organiser: ref(organiser),
      voters: (date) => voters.filter((v) => v.standing <= date).length,
    };
  }

  /** The case takes steps once its workflow has written the opening to the read model. */
  private whenReady(session: Session, caseId: string): Promise<void> {
    return until(
      () => session.call<CaseView>('development', 'GET', `/cases/${caseId}`).catch(() => null),
      (view) => !!view && view.allowedSteps.length > 0,
      150,
      `case ${caseId} did not open`,
    );
  }
}
