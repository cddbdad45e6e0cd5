import type { PersonRef } from '@bastion/approvals-contracts';
import {
  type Capacity,
  defaultSourceConfig,
  type ItemAction,
  type ItemActionRequest,
  type ItemInput,
  itemInputSchema,
  type ItemRecord,
} from '@bastion/rectification-contracts';
import { chinaHolidayCalendar } from '@bastion/calendar';
import { forest, forestIdPath, testId as id, testPerson as person } from '@bastion/shared-contracts/testing';
import { applyAction, type ApplyContext } from '../lib/item/apply-action';
import { initialItemRecord } from '../lib/item/initial-record';

export const people = {
  inspector: person(1, '孙巡察'),
  officer: person(2, '王组委'),
  owner: person(3, '李责任'),
  leader: person(4, '赵分管'),
  committeeSecretary: person(5, '周书记'),
  branchSecretary: person(6, '吴书记'),
  newBranchSecretary: person(7, '郑书记'),
};

export const orgs = { group: forest.group, bureau: forest.bureau, branch: forest.branch };

export const branchOrg = { ...orgs.branch, idPath: forestIdPath(orgs.branch) };

export const config = defaultSourceConfig('inspection_patrol');

export function itemInput(overrides: Partial<ItemInput> = {}): ItemInput {
  return itemInputSchema.parse({
    itemId: id(900),
    batchId: id(800),
    source: 'inspection_patrol',
    config,
    text: {
      problem: '林场“三会一课”制度落实不到位，支部委员会会议记录不全',
      category: 'organisational',
      seriousness: 'general',
    },
    org: branchOrg,
    registeredBy: people.inspector,
    ...overrides,
  });
}

/** Midday in Shanghai on a date, as a UTC instant. */
export function noon(date: string): string {
  return new Date(`${date}T12:00:00+08:00`).toISOString();
}

export function registered(on = '2026-03-02'): ItemRecord {
  return initialItemRecord(itemInput(), noon(on));
}

export function act(request: ItemActionRequest, by: PersonRef, capacities: Capacity[]): ItemAction {
  return { ...request, actor: { ...by, userId: id(500) }, capacities } as ItemAction;
}

export function context(today: string, overrides: Partial<ApplyContext> = {}): ApplyContext {
  return {
    now: noon(today),
    today,
    config,
    calendar: chinaHolidayCalendar,
    requestId: id(700),
    workflowId: (kind) => `approval/rectification-item/${id(900)}/${kind}`,
    ...overrides,
  };
}

let key = 0;
export const nextKey = () => `key-${String(++key).padStart(8, '0')}`;

/** Assigning the item to the person in charge and the supervising leader, due on `deadline`. */
export function assignment(deadline: string): ItemActionRequest {
  return {
    type: 'assign',
    idempotencyKey: nextKey(),
    owner: people.owner,
    leader: people.leader,
    deadline,
    note: '',
  };
}

/** The item assigned on `on` with the given deadline, as the officer would do it. */
export function assigned(on: string, deadline: string): ItemRecord {
  return applyAction(registered(on), act(assignment(deadline), people.inspector, ['supervisor']), context(on))
    .item;
}

/** Assigned, plan approved, at work. */
export function inProgress(on: string, deadline: string): ItemRecord {
  return { ...assigned(on, deadline), status: 'in_progress' };
}
