import type { SanctionFacts } from './discipline';
import type { YearData } from '@bastion/calendar';
import type { DevelopmentStage, MembershipStatus } from './person';
import type { OfficeRole, OrgKind, Role } from './roles';
import type { OrgRef } from './org';

export const IDENTITY_TASK_QUEUE = 'identity';

/** A person as another service records them at the moment of an event. Never holds the ID number. */
export interface PersonSnapshot {
  id: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string | null;
  org: OrgRef;
  orgPath: OrgRef[];
  membership: {
    status: MembershipStatus;
    admissionDate: string;
    standingDate: string | null;
    votingRights: boolean;
  } | null;
  /** Party discipline on record: what the rules judge voting, sponsoring and eligibility by, on any date. */
  sanctions?: SanctionFacts[];
}

export interface OrgSnapshot {
  id: string;
  name: string;
  kind: OrgKind;
  /** From the root down to this node. */
  path: OrgRef[];
  /** Materialised id path, `/<root>/…/<id>/`, for scope checks in other services. */
  idPath: string;
  dissolved: boolean;
  approvingCommittee: OrgRef | null;
  /** A committee's approval authority and whether the node is temporary: what deciding an admission needs. */
  mayApprove?: boolean;
  isTemporary?: boolean;
}

export interface ExpectedVoters {
  branchId: string;
  date: string;
  /** Full members of the branch on the date. */
  fullMembers: number;
  /** Of those, the ones whose voting rights are not suspended. */
  withVotingRights: number;
  excluded: { personId: string; name: string; reason: string; approvedBy: string }[];
  /** Full members without voting rights on the date (留党察看 with rights unrestored), by name. */
  suspended?: { personId: string; name: string }[];
  /** 应到会有表决权的正式党员: with voting rights, less the recorded exclusions. */
  expected: number;
}

/**
 * What the identity service offers other services' workflows on its task queue. Workflows call
 * these through `proxyActivities<IdentityActivities>({ taskQueue: IDENTITY_TASK_QUEUE, … })`.
 */
export interface IdentityActivities {
  /** People holding `role` at exactly `orgId` on `date` (default: today in Asia/Shanghai). */
  resolveRoleHolders(input: {
    role: Role | OfficeRole;
    orgId: string;
    date?: string;
  }): Promise<PersonSnapshot[]>;
  countExpectedVoters(input: { branchId: string; date: string }): Promise<ExpectedVoters>;
  snapshotPerson(input: { personId: string }): Promise<PersonSnapshot>;
  snapshotOrg(input: { orgId: string }): Promise<OrgSnapshot>;
  /**
   * An organisation and every live node below it, parents before children: what another service
   * needs to check that a record belongs to a subtree, or to match names typed in a spreadsheet.
   */
  orgSubtree(input: { orgId: string }): Promise<OrgSubtreeNode[]>;
  /**
   * Keeps the person's record in step with their development case (发展党员): the stage before
   * membership, and the membership itself — probationary from the approval, full from the
   * conversion, removed when probation is cancelled. Idempotent: writing the same twice is harmless.
   */
  recordDevelopment(input: RecordDevelopmentInput): Promise<void>;
  /**
   * The holiday calendar as administered: the shipped years, with an administrator's corrections
   * and added years in their place. Services computing deadlines fetch it (and cache it) from here.
   */
  holidayCalendar(): Promise<YearData[]>;
}

export interface RecordDevelopmentInput {
  personId: string;
  /** The stage before membership; null once a member or once the case closed. */
  stage: DevelopmentStage | null;
  /** Left as it is when absent; removed when null. */
  membership?: { status: MembershipStatus; admissionDate: string; standingDate: string | null } | null;
}

export interface OrgSubtreeNode {
  id: string;
  name: string;
  kind: OrgKind;
  idPath: string;
  /** 0 for the organisation asked about, 1 for its children … */
  depth: number;
}
