import { ApplicationFailure } from '@temporalio/common';
import { shippedChinaHolidayData } from '@bastion/calendar';
import type { IdentityActivities, OrgSnapshot, PersonSnapshot } from '@bastion/identity-contracts';
import { BRANCH_COUNT, BRANCHES, benchId, pathOf, ROOT } from './bench-tree';
import type { BenchUser } from './service-stack';

/**
 * The people of the development benchmark over the benchmark's tree, and the identity
 * activities the development workflows call, answered from them in the benchmark's process:
 * `snapshotPerson` and `snapshotOrg` (the lookup workflow the API runs for every migration),
 * `countExpectedVoters` (the same workflow, for the vote form) and `recordDevelopment` (each case
 * tells identity the person's stage).
 */

/** How many applicants (and so paper records) the benchmark migrates. */
export const CASES = Number(process.env['BENCH_DEVELOPMENT_CASES'] ?? 10_000);
export const MEMBERS_PER_BRANCH = 12;

/** Applicants (b000), branch secretaries (a100), full members (a200), the committee's organiser (a300). */
export const applicantId = (i: number) => benchId('b000', i);
export const secretaryId = (branch: number) => benchId('a100', branch);
export const memberId = (branch: number, k: number) => benchId('a200', branch * 100 + k);
export const organiser = { personId: benchId('a300', 1), name: '基准组织部干部' };
export const branchOf = (i: number) => i % BRANCH_COUNT;

export const secretary = (branch: number): BenchUser => ({
  personId: secretaryId(branch),
  name: `基准书记${branch + 1}`,
  grants: [
    { role: 'secretary', orgId: BRANCHES[branch]!.id, orgPath: pathOf(branch) },
    { role: 'full_member', orgId: BRANCHES[branch]!.id, orgPath: pathOf(branch) },
  ],
});
export const committeeUser: BenchUser = {
  personId: organiser.personId,
  name: organiser.name,
  grants: [{ role: 'org_department', orgId: ROOT.id, orgPath: `/${ROOT.id}/` }],
};

function notFound(what: string): ApplicationFailure {
  return ApplicationFailure.create({ type: 'NOT_FOUND', message: `${what} not found`, nonRetryable: true });
}

function orgSnapshot(orgId: string): OrgSnapshot {
  const ref = ({ id, name, kind }: { id: string; name: string; kind: 'committee' | 'branch' }) => ({
    id,
    name,
    kind,
  });
  if (orgId === ROOT.id)
    return {
      ...ref(ROOT),
      path: [ref(ROOT)],
      idPath: `/${ROOT.id}/`,
      dissolved: false,
      approvingCommittee: null,
    };
  const branch = BRANCHES.findIndex((b) => b.id === orgId);
  if (branch < 0) throw notFound(`Organisation ${orgId}`);
  const org = BRANCHES[branch]!;
  return {
    ...ref(org),
    path: [ref(ROOT), ref(org)],
    idPath: pathOf(branch),
    dissolved: false,
    approvingCommittee: ref(ROOT),
  };
}

function personSnapshot(personId: string): PersonSnapshot {
  const group = personId.slice(19, 23);
  const n = Number(personId.slice(24));
  const member = {
    status: 'full' as const,
    admissionDate: '2008-07-01',
    standingDate: '2009-07-01',
    votingRights: true,
  };
  const at = (
    branch: number,
    name: string,
    membership: PersonSnapshot['membership'],
    birthDate: string | null,
  ) => {
    const org = orgSnapshot(BRANCHES[branch]!.id);
    return {
      id: personId,
      name,
      gender: n % 3 === 0 ? ('female' as const) : ('male' as const),
      birthDate,
      org: { id: org.id, name: org.name, kind: org.kind },
      orgPath: org.path,
      membership,
    };
  };
  if (group === 'b000' && n < CASES)
    return at(branchOf(n), `基准申请人${n + 1}`, null, `${1990 + (n % 12)}-0${1 + (n % 9)}-1${n % 10}`);
  if (group === 'a100' && n < BRANCH_COUNT) return at(n, `基准书记${n + 1}`, member, null);
  if (group === 'a200' && Math.floor(n / 100) < BRANCH_COUNT && n % 100 < MEMBERS_PER_BRANCH)
    return at(Math.floor(n / 100), `基准党员${n}`, member, null);
  if (personId === organiser.personId) return at(0, organiser.name, member, null);
  throw notFound(`Person ${personId}`);
}

/** The identity activities the development workflows call, over the synthetic tree; counts what cases record. */
export function identityStandIn(recorded: Set<string>) {
  const activities: Pick<
    IdentityActivities,
    'snapshotPerson' | 'snapshotOrg' | 'countExpectedVoters' | 'recordDevelopment' | 'holidayCalendar'
  > = {
    snapshotPerson: async ({ personId }) => personSnapshot(personId),
    snapshotOrg: async ({ orgId }) => orgSnapshot(orgId),
    countExpectedVoters: async ({ branchId, date }) => {
      orgSnapshot(branchId);
      const members = MEMBERS_PER_BRANCH + 1;
      return {
        branchId,
        date,
        fullMembers: members,
        withVotingRights: members,
        excluded: [],
        expected: members,
      };
    },
    recordDevelopment: async ({ personId }) => {
      personSnapshot(personId);
      recorded.add(personId);
    },
    holidayCalendar: async () => [...shippedChinaHolidayData],
  };
  return activities;
}
