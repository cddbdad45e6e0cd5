import { type Capacity, rectificationPolicy } from '@bastion/rectification-contracts';
import { composedText } from '@bastion/messages';
import { policyChecks, type Principal, scopeCondition, scopeOrPart } from '@bastion/platform-auth';
import { ForbiddenError } from '@bastion/platform-http';

/** Where the caller may exercise a permission, and whether they hold it over an organisation. */
export const { scope: rectificationScope, holds } = policyChecks(rectificationPolicy);

/**
 * The caller's capacities on an item: an officer of its organisation (or above it), its person in
 * charge, a supervisor of its organisation. The workflow's validator checks them again.
 */
export function capacitiesOn(
  principal: Principal,
  item: { orgPath: string; ownerPersonId: string | null },
): Capacity[] {
  const capacities: Capacity[] = [];
  if (holds(principal, 'rectification.manage', item.orgPath)) capacities.push('officer');
  if (principal.personId && item.ownerPersonId === principal.personId) capacities.push('owner');
  if (holds(principal, 'rectification.supervise', item.orgPath)) capacities.push('supervisor');
  return capacities;
}

/**
 * A SQL condition on an item (alias `i`) that holds when the caller may see it: they may read its
 * organisation's items, or they are its person in charge or its supervising leader. Everything
 * else does not exist for them (404).
 */
export function visibleItemCondition(principal: Principal, alias = 'i'): [string, Record<string, string>] {
  return scopeOrPart(
    principal,
    rectificationScope(principal, 'rectification.read'),
    `${alias}.org_path`,
    'readable',
    `${alias}.owner_person_id = :viewer OR ${alias}.leader_person_id = :viewer`,
  );
}

/** A SQL condition on a batch (alias `b`): the caller may read its inspected organisation's records. */
export function visibleBatchCondition(principal: Principal, alias = 'b'): [string, Record<string, string>] {
  return scopeCondition(
    rectificationScope(principal, 'rectification.read'),
    `${alias}.inspected_org_path`,
    'readable',
  );
}

/** The actor of a step: a person, because every transition names people, not accounts. */
export function actorOf(principal: Principal): { personId: string; name: string; userId: string } {
  if (!principal.personId) {
    throw new ForbiddenError(composedText('rectification.service.person_only'));
  }
  return { personId: principal.personId, name: principal.displayName, userId: principal.userId };
}

/** Source configuration is the system administrators' to change. */
export function requireAdmin(principal: Principal): void {
  if (!principal.isAdmin) throw new ForbiddenError(composedText('refusal.admin_only'));
}
