import type { AssigneeRule, OrgAnchor, PersonRef, Subject } from '@bastion/approvals-contracts';
import { dedupe, type UnauthorisedDecider } from '@bastion/approvals-rules';
import type { IdentityActivities, PersonSnapshot } from '@bastion/identity-contracts';
import { approvalAuthorityProblem } from '@bastion/identity-rules';

type Identity = Pick<IdentityActivities, 'resolveRoleHolders' | 'snapshotOrg'>;

const ref = (p: PersonSnapshot): PersonRef => ({ personId: p.id, name: p.name });

/** The ids from the root down to the request's organisation. */
function pathOf(subject: Subject): string[] {
  return subject.org.idPath.split('/').filter(Boolean);
}

/** Where a role rule looks, as an org id, or null when the anchor leads nowhere. */
export async function anchorOrg(
  identity: Identity,
  subject: Subject,
  anchor: OrgAnchor,
): Promise<string | null> {
  if (anchor.kind === 'org') return anchor.orgId;
  if (anchor.kind === 'subject_org') {
    const path = pathOf(subject);
    return path[path.length - 1 - anchor.levelsUp] ?? null;
  }
  const org = await identity.snapshotOrg({ orgId: subject.org.id });
  return org.approvingCommittee?.id ?? null;
}

/** The people a rule names, without repeats; a role rule asks the identity service. */
export async function peopleOf(
  identity: Identity,
  subject: Subject,
  rule: AssigneeRule,
): Promise<PersonRef[]> {
  if (rule.kind === 'people') return dedupe(rule.people);
  const orgId = await anchorOrg(identity, subject, rule.at);
  if (!orgId) return [];
  return dedupe((await identity.resolveRoleHolders({ role: rule.role, orgId })).map(ref));
}

/** The same role one level (or more) above the node where a rule looked, nearest first. */
export async function roleAbove(
  identity: Identity,
  subject: Subject,
  rule: AssigneeRule,
  levels = 6,
): Promise<PersonRef[]> {
  if (rule.kind !== 'role') return [];
  const start = await anchorOrg(identity, subject, rule.at);
  if (!start) return [];
  const org = await identity.snapshotOrg({ orgId: start });
  const above = org.path.slice(0, -1).reverse().slice(0, levels);
  for (const node of above) {
    const holders = await identity.resolveRoleHolders({ role: rule.role, orgId: node.id });
    if (holders.length) return dedupe(holders.map(ref));
  }
  return [];
}

/**
 * For a request that decides an admission or a conversion: the organisation a role stage looks
 * at, when it is a general branch, a temporary organisation or a committee without approval
 * authority (the identity service's rule). Null when it may decide, or when the request decides
 * nothing of the kind.
 */
export async function unauthorisedDecider(
  identity: Identity,
  subject: Subject,
  rule: AssigneeRule,
): Promise<UnauthorisedDecider | null> {
  if (!subject.decides || rule.kind !== 'role') return null;
  const orgId = await anchorOrg(identity, subject, rule.at);
  if (!orgId) return null;
  const org = await identity.snapshotOrg({ orgId });
  const problem = approvalAuthorityProblem(org);
  return problem ? { orgId, org: org.name, problem } : null;
}
