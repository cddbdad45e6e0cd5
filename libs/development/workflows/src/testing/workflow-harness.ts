import { join } from 'node:path';
import type { PersonRef } from '@bastion/approvals-contracts';
import { shippedChinaHolidayData, type YearData } from '@bastion/calendar';
import {
  type CaseRecord,
  DEVELOPMENT_TASK_QUEUE,
  type DevelopmentLocalActivities,
} from '@bastion/development-contracts';
import type { IdentityActivities, RecordDevelopmentInput } from '@bastion/identity-contracts';
import { bundlesBesideTheEngine } from '@bastion/platform-service-testing';
import {
  identityOverTree,
  NewestVersions,
  startBesideTheEngine,
  type TreeOrg,
} from '@bastion/platform-testing';
import { forestTree } from '@bastion/shared-contracts/testing';
import { orgs, people } from './fixtures';

const tree: TreeOrg[] = forestTree([orgs.branch, orgs.otherBranch]);

/** The identity service as the development workflows see it: offices at the committee, and what it was told. */
export class IdentityStandIn {
  readonly holders = new Map<string, PersonRef[]>([
    [`${orgs.bureau.id}/org_department`, [people.orgDepartment]],
    [`${orgs.bureau.id}/secretary`, [people.committeeSecretary]],
    [`${orgs.bureau.id}/organiser`, [people.organiser]],
  ]);
  readonly recorded: RecordDevelopmentInput[] = [];
  /** The holiday calendar as administered: the shipped years, and any a test adds. */
  calendarYears: YearData[] = [...shippedChinaHolidayData];

  activities(): Pick<
    IdentityActivities,
    | 'resolveRoleHolders'
    | 'snapshotOrg'
    | 'recordDevelopment'
    | 'snapshotPerson'
    | 'countExpectedVoters'
    | 'holidayCalendar'
  > {
    const { resolveRoleHolders, snapshotOrg } = identityOverTree(tree, this.holders, orgs.bureau.id);
    return {
      resolveRoleHolders,
      snapshotOrg,
      snapshotPerson: async () => {
        throw new Error('not used by the case workflow');
      },
      countExpectedVoters: async ({ branchId, date }) => ({
        branchId,
        date,
        fullMembers: 9,
        withVotingRights: 9,
        excluded: [],
        expected: 9,
      }),
      recordDevelopment: async (input) => {
        this.recorded.push(input);
      },
      holidayCalendar: async () => [...this.calendarYears],
    };
  }

  latestFor(personId: string): RecordDevelopmentInput | undefined {
    return this.recorded.filter((r) => r.personId === personId).at(-1);
  }
}

/** The read model as the service would keep it: the highest version of every case. */
export class CaseStore {
  readonly cases = new NewestVersions<CaseRecord>();

  activities(): DevelopmentLocalActivities {
    return {
      holidayCalendar: async () => [...shippedChinaHolidayData],
      persistCase: async (record) => this.cases.keep(record.caseId, record),
    };
  }
}

/**
 * The development workflows on Temporal's time-skipping server with the real approval engine
 * beside them (its ledger writes dropped) and the identity service stood in for.
 */
export async function startDevelopmentEnvironment() {
  const store = new CaseStore();
  const identity = new IdentityStandIn();
  const server = await startBesideTheEngine({
    bundles: bundlesBesideTheEngine(join(__dirname, '../workflows.ts')),
    taskQueue: DEVELOPMENT_TASK_QUEUE,
    activities: store.activities(),
    identity: identity.activities(),
  });
  return { ...server, store, identity };
}
