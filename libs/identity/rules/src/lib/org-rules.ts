import { type OrgKind, orgKinds, type OrgWarning } from '@bastion/identity-contracts';
import { mayApproveAdmissions } from './approval-authority';

/** Which kind of node may sit under which (null: at the top of the tree). */
export const allowedParents: Readonly<Record<OrgKind, readonly (OrgKind | null)[]>> = {
  committee: [null, 'committee'],
  general_branch: ['committee'],
  branch: ['committee', 'general_branch'],
  party_group: ['branch'],
};

/** The kinds of node a node of `kind` may be placed (or moved) under. */
export function parentKindsOf(kind: OrgKind): OrgKind[] {
  return allowedParents[kind].filter((parent): parent is OrgKind => parent !== null);
}

/** The kinds of node that may be created under a node of `kind`. */
export function childKindsOf(kind: OrgKind): OrgKind[] {
  return orgKinds.filter((child) => allowedParents[child].includes(kind));
}

/** Why a node of `kind` may not be placed under `parentKind`, or null when it may. */
export function placementProblem(kind: OrgKind, parentKind: OrgKind | null): string | null {
  if (allowedParents[kind].includes(parentKind)) return null;
  const where = allowedParents[kind].map((k) => k ?? 'the top of the tree').join(' or ');
  return `a ${kind.replace('_', ' ')} can only be placed under ${where}`;
}

export interface OrgNode {
  id: string;
  kind: OrgKind;
  path: string;
  mayApprove: boolean;
  isTemporary: boolean;
  dissolvedAt: Date | null;
}

/**
 * Only a party committee with approval authority approves admissions: never a general branch,
 * a branch (temporary or not), a committee flagged as lacking authority, or a dissolved one.
 */
export function canApproveAdmissions(org: OrgNode): boolean {
  return mayApproveAdmissions({ ...org, dissolved: org.dissolvedAt !== null });
}

/** Whether `path` lies in the subtree rooted at `ancestorPath` (a node is inside its own subtree). */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The ids along a path, root first. */
export function idsOfPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The committee that approves a branch's admissions: the one configured on the branch, else the
 * nearest committee above it that may approve.
 */
export function approvingCommitteeOf(
  branch: OrgNode & { approvingCommitteeId: string | null },
  ancestorsNearestFirst: OrgNode[],
): { committee: OrgNode; inherited: boolean } | null {
  if (branch.approvingCommitteeId) {
    const configured = ancestorsNearestFirst.find((a) => a.id === branch.approvingCommitteeId);
    if (configured && canApproveAdmissions(configured)) return { committee: configured, inherited: false };
  }
  const nearest = ancestorsNearestFirst.find(canApproveAdmissions);
  return nearest ? { committee: nearest, inherited: true } : null;
}

export interface OrgFigures {
  kind: OrgKind;
  /** Full and probationary members in the node's subtree. */
  fullMembers: number;
  probationaryMembers: number;
  /** People holding a branch-committee office at the node (branches only). */
  committeeOfficers: number;
  /** Branches only: whether an approving committee was found. */
  hasApprover: boolean;
  /** Branches only: a configured approver that is not (or no longer) a committee above it. */
  approverMisplaced: boolean;
}

/** The tree-shape thresholds from the domain rules; shown as warnings, never enforced. */
export function thresholdWarnings(f: OrgFigures): OrgWarning[] {
  const members = f.fullMembers + f.probationaryMembers;
  const warnings: OrgWarning[] = [];
  if (f.kind === 'branch') {
    if (f.fullMembers < 3) {
      warnings.push({
        code: 'BRANCH_TOO_SMALL',
        message: 'Fewer than 3 full members: the unit should join a joint branch (联合党支部).',
      });
    }
    if (members > 50) {
      warnings.push({
        code: 'BRANCH_TOO_LARGE',
        message: 'More than 50 members: a branch usually has at most 50; consider a general branch.',
      });
    }
    if (f.fullMembers >= 7 && f.committeeOfficers < 3) {
      warnings.push({
        code: 'BRANCH_COMMITTEE_MISSING',
        message: 'At least 7 full members: the branch should have a branch committee of 3 to 5 members.',
      });
    }
    if (f.committeeOfficers > 7) {
      warnings.push({
        code: 'BRANCH_COMMITTEE_TOO_LARGE',
        message: 'A branch committee has at most 7 members.',
      });
    }
    if (!f.hasApprover) {
      warnings.push({
        code: 'NO_APPROVER',
        message: 'No party committee above this branch can approve admissions.',
      });
    }
    if (f.approverMisplaced) {
      warnings.push({
        code: 'APPROVER_NOT_ABOVE',
        message:
          'The configured approving committee is not a committee above this branch; the nearest one is used.',
      });
    }
  }
  if (f.kind === 'general_branch' && members <= 50) {
    warnings.push({
      code: 'GENERAL_BRANCH_TOO_SMALL',
      message: 'A general branch is for more than 50 members.',
    });
  }
  if (f.kind === 'committee' && members <= 100) {
    warnings.push({
      code: 'COMMITTEE_TOO_SMALL',
      message: 'A grassroots committee is for more than 100 members.',
    });
  }
  return warnings;
}
