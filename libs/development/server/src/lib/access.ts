import { type Capacity, type DevelopmentPermission, developmentPolicy } from '@bastion/development-contracts';
import { inScope, type Principal, type Scope, scopeCondition, scopeOf } from '@bastion/platform-auth';
import { ForbiddenError } from '@bastion/platform-http';

export function developmentScope(principal: Principal, permission: DevelopmentPermission): Scope {
  return scopeOf(principal, developmentPolicy, permission);
}

/** Whether the caller holds a permission over an organisation: a role carrying it there or above (or they administer the system). */
export function holds(principal: Principal, permission: DevelopmentPermission, orgPath: string): boolean {
  return inScope(developmentScope(principal, permission), orgPath);
}

/** The same, by the roles the caller holds only: an administrator is not thereby an officer. */
function holdsByRole(principal: Principal, permission: DevelopmentPermission, orgPath: string): boolean {
  return inScope(scopeOf({ ...principal, isAdmin: false }, developmentPolicy, permission), orgPath);
}

/**
 * The caller's capacities on a case of the organisation at `orgPath`: an officer of it or of an
 * organisation above it, a supervisor (the committees' organisation side) likewise, a system
 * administrator. The workflow's validator checks them again.
 */
export function capacitiesOn(principal: Principal, orgPath: string): Capacity[] {
  const capacities: Capacity[] = [];
  if (holdsByRole(principal, 'development.manage', orgPath)) capacities.push('officer');
  if (holdsByRole(principal, 'development.supervise', orgPath)) capacities.push('supervisor');
  if (principal.isAdmin) capacities.push('administrator');
  return capacities;
}

/** A SQL condition on a case (alias `c`) that holds when the caller may read its organisation's cases. */
export function visibleCaseCondition(principal: Principal, alias = 'c'): [string, Record<string, string>] {
  return scopeCondition(developmentScope(principal, 'development.read'), `${alias}.id_path`, 'readable');
}

/** The actor of a step: a person, because a case records people, not accounts. */
export function actorOf(principal: Principal): { personId: string; name: string; userId: string } {
  if (!principal.personId) {
    throw new ForbiddenError('Only a login that belongs to a person may take part in member development.');
  }
  return { personId: principal.personId, name: principal.displayName, userId: principal.userId };
}
