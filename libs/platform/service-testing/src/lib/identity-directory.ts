import { ApplicationFailure } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import {
  IDENTITY_TASK_QUEUE,
  type IdentityActivities,
  type OrgKind,
  type OrgSnapshot,
  fullMemberOn,
  type MemberOnRecord,
  type PersonSnapshot,
  type SanctionFacts,
  votingRightsOn,
} from '@bastion/identity-contracts';
import { addYears, clock, parseLocalDate, shippedChinaHolidayData, type YearData } from '@bastion/calendar';
import type { Grant, Principal } from '@bastion/platform-auth';
import { temporalAddress } from '@bastion/platform-testing';
import { recordedDevelopment } from './development-records';

interface DirectoryOrg {
  id: string;
  name: string;
  kind: OrgKind;
  parent: string | null;
}

interface DirectoryPerson {
  id: string;
  name: string;
  org: string;
  offices: { role: string; org: string }[];
  /** Applicants to the Party: not members, with the birth date an application is checked against. */
  applicant?: { birthDate: string; gender: 'male' | 'female' };
  /** Party discipline on record, dated from today so that it holds on any day the tests run. */
  sanctions?: (today: string) => SanctionFacts[];
}

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * A small fixed organisation for the services' tests, standing in for the identity service:
 *
 *   group (committee) ── bureau (committee) ── farms (general branch) ── farmA, farmB (branches)
 *                                            └── mill (branch)
 *   other (committee) ── otherBranch (branch)
 */
const ORGS: Record<string, DirectoryOrg> = {
  group: { id: id(0x100), name: '测试森工集团党委', kind: 'committee', parent: null },
  bureau: { id: id(0x101), name: '测试林业局党委', kind: 'committee', parent: 'group' },
  farms: { id: id(0x102), name: '测试林场党总支', kind: 'general_branch', parent: 'bureau' },
  farmA: { id: id(0x103), name: '甲林场党支部', kind: 'branch', parent: 'farms' },
  farmB: { id: id(0x104), name: '乙林场党支部', kind: 'branch', parent: 'farms' },
  mill: { id: id(0x105), name: '木材加工厂党支部', kind: 'branch', parent: 'bureau' },
  other: { id: id(0x106), name: '另一集团党委', kind: 'committee', parent: null },
  otherBranch: { id: id(0x107), name: '另一集团机关党支部', kind: 'branch', parent: 'other' },
};

/** A full member of their own branch `org` who holds `role` at the node `at`. */
const officer = (n: number, name: string, org: string, role: string, at: string): DirectoryPerson => ({
  id: id(n),
  name,
  org,
  offices: [{ role, org: at }],
});

/** Party discipline of `kind` taken a year before the day the tests run, its rights not restored. */
const aYearAgo =
  (kind: SanctionFacts['kind'], termMonths: number | null) =>
  (today: string): SanctionFacts[] => [
    {
      kind,
      effectiveFrom: addYears(parseLocalDate(today), -1),
      termMonths,
      rightsRestoredOn: null,
      until: null,
    },
  ];

const applicant = (
  n: number,
  name: string,
  org: string,
  birthDate: string,
  gender: 'male' | 'female' = 'female',
): DirectoryPerson => ({ id: id(n), name, org, offices: [], applicant: { birthDate, gender } });

/**
 * People by what they hold; everyone but the applicants is a full member of their own branch. The
 * applicants are people development cases are opened for; 唐幼苗 is too young to apply.
 */
const PEOPLE: Record<string, DirectoryPerson> = {
  submitter: { id: id(0x201), name: '赵一', org: 'farmA', offices: [] },
  farmASecretary: officer(0x202, '王甲书', 'farmA', 'secretary', 'farmA'),
  orgDeptLin: officer(0x203, '林组织', 'mill', 'org_department', 'bureau'),
  orgDeptHe: officer(0x204, '何组织', 'mill', 'org_department', 'bureau'),
  groupSecretary: officer(0x205, '高书记', 'mill', 'secretary', 'group'),
  farmAMember: { id: id(0x206), name: '钱二', org: 'farmA', offices: [] },
  farmBSecretary: officer(0x207, '冯乙书', 'farmB', 'secretary', 'farmB'),
  otherSecretary: officer(0x208, '卫外书', 'otherBranch', 'secretary', 'otherBranch'),
  farmsSecretary: officer(0x209, '陈总支', 'farmB', 'secretary', 'farms'),
  inspectionWu: officer(0x20a, '吴巡察', 'mill', 'inspection_office', 'bureau'),
  /** Under 留党察看 since a year ago, rights not restored: no vote, no sponsoring. */
  farmBProbation: {
    id: id(0x20b),
    name: '郑察看',
    org: 'farmB',
    offices: [],
    sanctions: aYearAgo('probation', 24),
  },
  /** Expelled (开除党籍) a year ago: no member, and no new application for five years. */
  expelledFang: {
    id: id(0x20c),
    name: '方开除',
    org: 'farmB',
    offices: [],
    applicant: { birthDate: '1985-07-07', gender: 'male' },
    sanctions: aYearAgo('expulsion', null),
  },
  applicantZhou: applicant(0x301, '周小林', 'farmA', '1998-05-04'),
  applicantSun: applicant(0x302, '孙晓松', 'farmA', '2000-09-12', 'male'),
  applicantLi: applicant(0x303, '李青杉', 'farmA', '1996-02-29'),
  applicantHe: applicant(0x304, '何白桦', 'farmA', '1999-11-30', 'male'),
  applicantGu: applicant(0x305, '顾香樟', 'farmA', '1993-12-12'),
  applicantQin: applicant(0x306, '秦榆林', 'farmA', '1992-10-10', 'male'),
  applicantMa: applicant(0x307, '马云杉', 'farmB', '1997-03-15'),
  applicantYang: applicant(0x308, '杨红松', 'farmB', '2001-06-01', 'male'),
  applicantXu: applicant(0x309, '许落叶', 'mill', '1995-08-08'),
  applicantLu: applicant(0x30a, '陆冷杉', 'otherBranch', '1994-01-20', 'male'),
  minorTang: applicant(0x30b, '唐幼苗', 'farmA', '2010-04-01'),
  applicantWen: applicant(0x30c, '温白杨', 'farmA', '1996-04-18'),
  applicantKong: applicant(0x30d, '孔水杉', 'farmA', '1994-09-09', 'male'),
  applicantBai: applicant(0x30e, '白雪松', 'farmB', '1997-12-01'),
};

export type PersonKey = keyof typeof PEOPLE;
export type OrgKey = keyof typeof ORGS;

export const directory = {
  org: (key: OrgKey) => ORGS[key]!,
  person: (key: PersonKey) => PEOPLE[key]!,
  /** `{ personId, name }` as approvals record a person. */
  ref: (key: PersonKey) => ({ personId: PEOPLE[key]!.id, name: PEOPLE[key]!.name }),
  /** Who a person id of the directory is. */
  keyOf: (personId: string): PersonKey | undefined =>
    Object.keys(PEOPLE).find((k) => PEOPLE[k]!.id === personId),
};

function chain(key: string): DirectoryOrg[] {
  const org = ORGS[key]!;
  return [...(org.parent ? chain(org.parent) : []), org];
}

function notFound(what: string): ApplicationFailure {
  return ApplicationFailure.create({
    type: 'NOT_FOUND',
    message: `${what} was not found`,
    nonRetryable: true,
  });
}

function orgKeyOf(orgId: string): string {
  const key = Object.keys(ORGS).find((k) => ORGS[k]!.id === orgId);
  if (!key) throw notFound(`Organisation ${orgId}`);
  return key;
}

export function idPathOf(key: OrgKey): string {
  return `/${chain(key)
    .map((o) => o.id)
    .join('/')}/`;
}

function snapshotOrg(key: string): OrgSnapshot {
  const path = chain(key);
  const org = path[path.length - 1]!;
  // A branch's approving committee is the nearest committee above it.
  const committee =
    org.kind === 'branch' ? [...path].reverse().find((o) => o.kind === 'committee') : undefined;
  const ref = (o: DirectoryOrg) => ({ id: o.id, name: o.name, kind: o.kind });
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    path: path.map(ref),
    idPath: idPathOf(key as OrgKey),
    dissolved: false,
    approvingCommittee: committee ? ref(committee) : null,
  };
}

/** A person's membership: the directory's, unless a development case has recorded another. */
function membershipOf(person: DirectoryPerson): PersonSnapshot['membership'] {
  const recorded = recordedDevelopment.standingOf(person.id);
  if (recorded && 'membership' in recorded) return recorded.membership ?? null;
  // An expelled member keeps their old membership on record; the sanction says they are no member.
  if (person.applicant && !person.sanctions) return null;
  return { status: 'full', admissionDate: '2010-07-01', standingDate: '2011-07-01', votingRights: true };
}

function sanctionsOf(person: DirectoryPerson): SanctionFacts[] {
  return person.sanctions?.(clock.today()) ?? [];
}

/** A person as the discipline rules of the identity contracts take them. */
function onRecord(person: DirectoryPerson): MemberOnRecord {
  return { membership: membershipOf(person), sanctions: sanctionsOf(person) };
}

function snapshotPerson(person: DirectoryPerson): PersonSnapshot {
  const org = snapshotOrg(person.org);
  return {
    id: person.id,
    name: person.name,
    gender: person.applicant?.gender ?? 'male',
    birthDate: person.applicant?.birthDate ?? null,
    org: { id: org.id, name: org.name, kind: org.kind },
    orgPath: org.path,
    membership: membershipOf(person),
    sanctions: sanctionsOf(person),
  };
}

/** The full members of a branch on a date, as they stand now (none expelled). */
function fullMembersOf(orgKey: string, date: string): DirectoryPerson[] {
  return Object.values(PEOPLE).filter((p) => p.org === orgKey && fullMemberOn(onRecord(p), date));
}

/**
 * The holiday calendar the stand-in hands out as administered: the shipped years, and any year a
 * test adds as an administrator would (`directoryCalendar.years.push(…)`, `reset()` after).
 */
export const directoryCalendar = {
  years: [...shippedChinaHolidayData] as YearData[],
  reset(): void {
    this.years = [...shippedChinaHolidayData];
  },
};

/** The identity activities other services' workflows call, answered from the directory. */
export function directoryActivities(): IdentityActivities {
  const people = Object.values(PEOPLE);
  return {
    async resolveRoleHolders({ role, orgId }) {
      const key = orgKeyOf(orgId);
      const holders =
        role === 'full_member'
          ? fullMembersOf(key, '9999-12-31')
          : people.filter((p) => p.offices.some((o) => o.role === role && o.org === key));
      return holders.map(snapshotPerson);
    },
    async countExpectedVoters({ branchId, date }) {
      const members = fullMembersOf(orgKeyOf(branchId), date);
      const voting = members.filter((p) => votingRightsOn(onRecord(p), date));
      return {
        branchId,
        date,
        fullMembers: members.length,
        withVotingRights: voting.length,
        excluded: [],
        suspended: members.filter((p) => !voting.includes(p)).map((p) => ({ personId: p.id, name: p.name })),
        expected: voting.length,
      };
    },
    async snapshotPerson({ personId }) {
      const person = people.find((p) => p.id === personId);
      if (!person) throw notFound(`Person ${personId}`);
      return snapshotPerson(person);
    },
    async snapshotOrg({ orgId }) {
      return snapshotOrg(orgKeyOf(orgId));
    },
    async orgSubtree({ orgId }) {
      const root = idPathOf(orgKeyOf(orgId) as OrgKey);
      return Object.keys(ORGS)
        .map((key) => snapshotOrg(key))
        .filter((org) => org.idPath.startsWith(root))
        .sort((a, b) => a.idPath.localeCompare(b.idPath))
        .map((org) => ({
          id: org.id,
          name: org.name,
          kind: org.kind,
          idPath: org.idPath,
          depth: org.path.length - root.split('/').length + 2,
        }));
    },
    async recordDevelopment(input) {
      if (!people.some((p) => p.id === input.personId)) throw notFound(`Person ${input.personId}`);
      recordedDevelopment.record(input);
    },
    async holidayCalendar() {
      return [...directoryCalendar.years];
    },
  };
}

/** The token claims of a person of the directory: their offices, and their membership at their branch. */
export function principalOf(key: PersonKey): Principal {
  const person = PEOPLE[key]!;
  const grants: Grant[] = [
    ...person.offices.map((o) => ({
      role: o.role,
      orgId: ORGS[o.org]!.id,
      orgPath: idPathOf(o.org as OrgKey),
    })),
    ...(person.applicant
      ? []
      : [{ role: 'full_member', orgId: ORGS[person.org]!.id, orgPath: idPathOf(person.org as OrgKey) }]),
  ];
  return {
    userId: person.id.replace(/^00000000/, '11111111'),
    sessionId: `session-${key}`,
    username: key.toLowerCase(),
    displayName: person.name,
    personId: person.id,
    isAdmin: false,
    grants,
  };
}

/** A system administrator without a person behind the login. */
export const ADMIN: Principal = {
  userId: '11111111-0000-4000-8000-0000000000ad',
  sessionId: 'session-admin',
  username: 'admin',
  displayName: '管理员',
  personId: null,
  isAdmin: true,
  grants: [],
};

export interface IdentityStandIn {
  stop(): Promise<void>;
}

/** A worker on the `identity` task queue answering from the directory, as the identity service would. */
export async function startIdentityStandIn(): Promise<IdentityStandIn> {
  const connection = await NativeConnection.connect({ address: temporalAddress() });
  const worker = await Worker.create({
    connection,
    taskQueue: IDENTITY_TASK_QUEUE,
    activities: directoryActivities(),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
