import type { PersonRef, StageInput } from '@bastion/approvals-contracts';
import type { Directory } from './workflow-harness';

const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
const p = (n: number, name: string): PersonRef => ({ personId: id(100 + n), name });

export const orgs = {
  group: { id: id(1), name: '北岭森工集团党委', kind: 'committee' as const },
  bureau: { id: id(2), name: '青山林业局党委', kind: 'committee' as const },
  branch: { id: id(3), name: '红星林场党支部', kind: 'branch' as const },
  general: { id: id(4), name: '青山林业局林场党总支', kind: 'general_branch' as const },
};

export const people = {
  submitter: p(1, '王组委'),
  branchSecretary: p(2, '李书记'),
  orgDeptA: p(3, '张组织'),
  orgDeptB: p(4, '赵组织'),
  groupOrgDept: p(5, '周集团'),
  delegate: p(6, '吴干事'),
  other: p(7, '郑旁人'),
};

/** A branch under a bureau committee under a group committee, with a few offices. */
export const forestDirectory: Directory = {
  orgs: {
    [orgs.group.id]: { path: [orgs.group] },
    [orgs.bureau.id]: { path: [orgs.group, orgs.bureau] },
    [orgs.branch.id]: { path: [orgs.group, orgs.bureau, orgs.branch], approvingCommittee: orgs.bureau },
    [orgs.general.id]: { path: [orgs.group, orgs.bureau, orgs.general] },
  },
  holders: {
    [`${orgs.branch.id}/secretary`]: [people.branchSecretary],
    [`${orgs.bureau.id}/org_department`]: [people.orgDeptA, people.orgDeptB],
    [`${orgs.group.id}/org_department`]: [people.groupOrgDept],
    [`${orgs.general.id}/secretary`]: [people.other],
  },
};

/** The subject of a request by the branch's organisation officer. */
export const branchSubject = {
  procedure: 'general' as const,
  businessKey: 'general-request/test',
  title: '关于更换林场巡护车辆的请示',
  org: {
    id: orgs.branch.id,
    name: orgs.branch.name,
    idPath: `/${orgs.group.id}/${orgs.bureau.id}/${orgs.branch.id}/`,
  },
  submitter: people.submitter,
};

/** The branch secretary's review: one of them decides. */
export const branchSecretaryStage: StageInput = {
  name: '支部书记审核',
  assignees: { kind: 'role', role: 'secretary', at: { kind: 'subject_org', levelsUp: 0 } },
  mode: { kind: 'any' },
};

/** The approving committee's organisation department, every one of them (会签), unless `over` says otherwise. */
export const orgDeptStage = (over: Partial<StageInput> = {}): StageInput => ({
  name: '组织部会签',
  assignees: { kind: 'role', role: 'org_department', at: { kind: 'approving_committee' } },
  mode: { kind: 'all' },
  ...over,
});
