import { join } from 'node:path';
import type { PersonRef } from '@bastion/approvals-contracts';
import { shippedChinaHolidayData, type YearData } from '@bastion/calendar';
import type { IdentityActivities } from '@bastion/identity-contracts';
import { bundlesBesideTheEngine } from '@bastion/platform-service-testing';
import {
  identityOverTree,
  NewestVersions,
  startBesideTheEngine,
  type TreeOrg,
} from '@bastion/platform-testing';
import {
  type BatchRecord,
  type ItemRecord,
  RECTIFICATION_TASK_QUEUE,
  type RectificationLocalActivities,
} from '@bastion/rectification-contracts';
import { orgs, people } from '@bastion/rectification-rules/testing';
import { forestTree } from '@bastion/shared-contracts/testing';

const tree: TreeOrg[] = forestTree([orgs.branch]);

/**
 * Who holds which office where, standing in for the identity service; a test may change it (a
 * new branch secretary) while workflows run.
 */
export class Offices {
  readonly holders = new Map<string, PersonRef[]>([
    [`${orgs.branch.id}/secretary`, [people.branchSecretary]],
    [`${orgs.bureau.id}/secretary`, [people.committeeSecretary]],
    [`${orgs.bureau.id}/inspection_office`, [people.inspector]],
  ]);

  /** The holiday calendar as administered: the shipped years, and any a test adds. */
  calendarYears: YearData[] = [...shippedChinaHolidayData];

  activities(): Pick<
    IdentityActivities,
    'resolveRoleHolders' | 'snapshotOrg' | 'orgSubtree' | 'holidayCalendar'
  > {
    return {
      ...identityOverTree(tree, this.holders, orgs.bureau.id),
      holidayCalendar: async () => [...this.calendarYears],
    };
  }
}

/** The read model as the service would have kept it: the highest version of every record. */
export class RecordStore {
  readonly items = new NewestVersions<ItemRecord>();
  readonly batches = new NewestVersions<BatchRecord>();
  writes = 0;

  activities(): RectificationLocalActivities {
    return {
      holidayCalendar: async () => [...shippedChinaHolidayData],
      persistItem: async (record) => {
        this.writes += 1;
        this.items.keep(record.itemId, record);
      },
      persistBatch: async (record) => this.batches.keep(record.batchId, record),
    };
  }
}

/**
 * The rectification workflows on Temporal's time-skipping server with the real approval engine
 * beside them (its own workflows, its ledger writes dropped), and the identity service replaced
 * by `Offices`.
 */
export async function startRectificationEnvironment() {
  const store = new RecordStore();
  const offices = new Offices();
  const server = await startBesideTheEngine({
    bundles: bundlesBesideTheEngine(join(__dirname, '../workflows.ts')),
    taskQueue: RECTIFICATION_TASK_QUEUE,
    activities: store.activities(),
    identity: offices.activities(),
  });
  return { ...server, store, offices };
}
