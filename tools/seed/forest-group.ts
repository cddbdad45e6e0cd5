import type { IdentityDataset } from '@bastion/identity-server';
import type { OfficeRole } from '@bastion/identity-contracts';
import { generatePerson } from './people-generator';
import forestGroupPlan from './forest-group-plan.json';
import { between, seededRandom } from './random';

export const DEMO_PASSWORD = 'Demo@2026';

/** A demo login the README lists, with what it is for. */
export interface DemoAccount {
  username: string;
  role: string;
  where: string;
}

interface BranchPlan {
  key: string;
  name: string;
  size: number;
  groups?: string[];
}

interface BureauPlan {
  key: string;
  name: string;
  generalBranches: { key: string; name: string; branches: BranchPlan[] }[];
  branches: BranchPlan[];
}

/** The group's own branches, its bureaus with their general branches and branches, and each unit's region code. */
const PLAN: { groupBranches: BranchPlan[]; bureaus: BureauPlan[]; regions: Record<string, string> } =
  forestGroupPlan;
const GROUP_BRANCHES = PLAN.groupBranches;
const BUREAUS = PLAN.bureaus;
const REGIONS = PLAN.regions;

/**
 * The demo organisation: a state forestry group's committee, three forestry-bureau committees,
 * their general branches, about 30 branches (forest farms, workshops, offices) and about 1,500
 * people with members and offices at every level. The same data on every run.
 */
export function forestGroupDataset(): { dataset: IdentityDataset; accounts: DemoAccount[] } {
  const random = seededRandom(20_261_124);
  const dataset: IdentityDataset = { orgs: [], people: [], offices: [], users: [] };
  const accounts: DemoAccount[] = [];
  let serial = 0;

  const org = (
    key: string,
    parentKey: string | null,
    kind: IdentityDataset['orgs'][number]['kind'],
    name: string,
  ) => dataset.orgs.push({ key, parentKey, kind, name, code: key.toUpperCase() });

  /** A person in `orgKey`; `member` decides the membership record. */
  const person = (
    orgKey: string,
    region: string,
    member: 'full' | 'probationary' | 'none',
    workUnit: string,
  ) => {
    const key = `p${String(++serial).padStart(4, '0')}`;
    const generated = generatePerson(random, serial, region);
    const admissionYear = Math.max(Number(generated.birthDate.slice(0, 4)) + 20, 1990);
    const admission = `${Math.min(admissionYear + between(random, 0, 15), 2024)}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
    const recent = `2026-${String(between(random, 1, 6)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
    dataset.people.push({
      key,
      ...generated,
      orgKey,
      workUnit,
      membership:
        member === 'full'
          ? { status: 'full', admissionDate: admission, standingDate: addOneYear(admission) }
          : member === 'probationary'
            ? { status: 'probationary', admissionDate: recent }
            : undefined,
    });
    return key;
  };

  const office = (personKey: string, orgKey: string, role: OfficeRole) =>
    dataset.offices.push({ personKey, orgKey, role, fromDate: '2024-03-01' });

  const login = (username: string, personKey: string, role: string, where: string) => {
    dataset.users.push({ username, personKey, password: DEMO_PASSWORD });
    accounts.push({ username, role, where });
  };

  /** Fills a branch with people: mostly full members, a few probationary, some not (yet) members. */
  const fillBranch = (plan: BranchPlan, region: string, workUnit: string, accountPrefix?: string) => {
    const keys: string[] = [];
    for (let i = 0; i < demoSize(plan.size); i++) {
      const roll = random();
      keys.push(
        person(
          plan.key,
          region,
          i < 6 ? 'full' : roll < 0.8 ? 'full' : roll < 0.86 ? 'probationary' : 'none',
          workUnit,
        ),
      );
    }
    const members = keys.filter(
      (k) => dataset.people.find((p) => p.key === k)?.membership?.status === 'full',
    );
    const [secretary, deputy, organisation, discipline, committee] = members;
    if (secretary) office(secretary, plan.key, 'secretary');
    if (members.length >= 7) {
      if (deputy) office(deputy, plan.key, 'deputy_secretary');
      if (organisation) office(organisation, plan.key, 'organisation_officer');
      if (discipline) office(discipline, plan.key, 'discipline_officer');
      if (committee) office(committee, plan.key, 'committee_member');
    } else if (organisation) {
      office(organisation, plan.key, 'organisation_officer');
    }
    for (const [i, groupName] of (plan.groups ?? []).entries()) {
      const groupKey = `${plan.key}-g${i + 1}`;
      org(groupKey, plan.key, 'party_group', groupName);
      const leader = members[5 + i];
      if (leader) office(leader, groupKey, 'group_leader');
    }
    if (accountPrefix) {
      const probationary = keys.find(
        (k) => dataset.people.find((p) => p.key === k)?.membership?.status === 'probationary',
      );
      const ordinary = members[members.length - 1];
      login(`${accountPrefix}.secretary`, secretary!, '支部书记 branch secretary', plan.name);
      login(`${accountPrefix}.deputy`, deputy!, '副书记 deputy secretary', plan.name);
      login(`${accountPrefix}.orgofficer`, organisation!, '组织委员 organisation officer', plan.name);
      login(`${accountPrefix}.discipline`, discipline!, '纪检委员 discipline officer', plan.name);
      login(`${accountPrefix}.committee`, committee!, '委员 committee member', plan.name);
      login(
        `${accountPrefix}.groupleader`,
        members[5]!,
        '党小组组长 party-group leader',
        `${plan.name} ${plan.groups?.[0] ?? ''}`.trim(),
      );
      login(`${accountPrefix}.member`, ordinary!, '正式党员 full member', plan.name);
      if (probationary)
        login(`${accountPrefix}.probationary`, probationary, '预备党员 probationary member', plan.name);
    }
  };

  /** Committee staff sit in the committee's office branch. */
  const staff = (
    committeeKey: string,
    officeBranch: string,
    region: string,
    role: OfficeRole,
    count: number,
  ) =>
    Array.from({ length: count }, () => {
      const key = person(officeBranch, region, 'full', '机关');
      office(key, committeeKey, role);
      return key;
    });

  org('group', null, 'committee', '北岭森工集团党委');
  for (const b of GROUP_BRANCHES) org(b.key, 'group', 'branch', b.name);
  for (const b of GROUP_BRANCHES) fillBranch(b, REGIONS['group']!, '集团机关');
  const [groupSecretary] = staff('group', 'hq-1', REGIONS['group']!, 'secretary', 1);
  staff('group', 'hq-1', REGIONS['group']!, 'deputy_secretary', 1);
  const [groupOrgDept] = staff('group', 'hq-1', REGIONS['group']!, 'org_department', 3);
  const [groupDiscipline] = staff('group', 'hq-3', REGIONS['group']!, 'discipline_commission', 3);
  const [groupInspection] = staff('group', 'hq-2', REGIONS['group']!, 'inspection_office', 2);
  dataset.users.push({
    username: 'admin',
    password: DEMO_PASSWORD,
    displayName: '系统管理员',
    isAdmin: true,
  });
  accounts.push({
    username: 'admin',
    role: '系统管理员 system administrator',
    where: '全系统 whole installation',
  });
  login('group.secretary', groupSecretary!, '党委书记 committee secretary', '北岭森工集团党委');
  login('group.orgdept', groupOrgDept!, '组织部 organisation department', '北岭森工集团党委');
  login('group.discipline', groupDiscipline!, '纪委 discipline commission', '北岭森工集团党委');
  login('group.inspection', groupInspection!, '巡察办 inspection office', '北岭森工集团党委');

  for (const [index, bureau] of BUREAUS.entries()) {
    const region = REGIONS[bureau.key]!;
    org(bureau.key, 'group', 'committee', `${bureau.name}党委`);
    for (const gb of bureau.generalBranches) {
      org(gb.key, bureau.key, 'general_branch', gb.name);
      for (const b of gb.branches) org(b.key, gb.key, 'branch', b.name);
    }
    for (const b of bureau.branches) org(b.key, bureau.key, 'branch', b.name);
    const first = index === 0;
    for (const gb of bureau.generalBranches) {
      for (const [i, b] of gb.branches.entries())
        fillBranch(
          b,
          region,
          b.name.replace(/党支部$/, ''),
          first && i === 0 && gb === bureau.generalBranches[0] ? 'branch1' : undefined,
        );
    }
    for (const b of bureau.branches) fillBranch(b, region, b.name.replace(/党支部$/, ''));
    const officeBranch = `${bureau.key}-office`;
    const [secretary] = staff(bureau.key, officeBranch, region, 'secretary', 1);
    staff(bureau.key, officeBranch, region, 'deputy_secretary', 1);
    const [orgDept] = staff(bureau.key, officeBranch, region, 'org_department', 2);
    const [organiser] = staff(bureau.key, officeBranch, region, 'organiser', 1);
    const [discipline] = staff(bureau.key, officeBranch, region, 'discipline_commission', 2);
    for (const gb of bureau.generalBranches) {
      const [gbSecretary] = staff(gb.key, gb.branches[0]!.key, region, 'secretary', 1);
      if (first && gb === bureau.generalBranches[0])
        login('general1.secretary', gbSecretary!, '党总支书记 general-branch secretary', gb.name);
    }
    if (first) {
      login('bureau1.secretary', secretary!, '党委书记 committee secretary', `${bureau.name}党委`);
      login('bureau1.orgdept', orgDept!, '组织部 organisation department', `${bureau.name}党委`);
      login('bureau1.organiser', organiser!, '组织员 organiser', `${bureau.name}党委`);
      login('bureau1.discipline', discipline!, '纪委 discipline commission', `${bureau.name}党委`);
    }
  }

  // Everyone else signs in as p0001, p0002, …, so any person of the demo can be tried.
  const named = new Set(dataset.users.map((u) => u.personKey));
  for (const p of dataset.people) {
    if (!named.has(p.key)) dataset.users.push({ username: p.key, personKey: p.key, password: DEMO_PASSWORD });
  }
  return { dataset, accounts };
}

/** Branch sizes in the plan are relative; a few are deliberately over 50 or under 3 to show the warnings. */
function demoSize(planned: number): number {
  if (planned < 5 || planned > 50) return planned;
  return Math.min(50, Math.round(planned * 1.4));
}

function addOneYear(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y) + 1}-${m}-${d}`;
}
