import {
  type Capacity,
  type CaseStepType,
  type DevelopmentPermission,
  developmentPolicy,
  stepCapacities,
} from '@bastion/development-contracts';
import { composedText } from '@bastion/messages';
import { policyChecks, type Principal, scopeCondition } from '@bastion/platform-auth';
import { DevelopmentErrorCode } from '@bastion/development-contracts';
import { DevelopmentError } from './development-error';

/** Where the caller may exercise a permission, and whether they hold it over an organisation. */
export const { scope: developmentScope, holds } = policyChecks(developmentPolicy);

/** The same, by the roles the caller holds only: an administrator is not thereby an officer. */
function holdsByRole(principal: Principal, permission: DevelopmentPermission, orgPath: string): boolean {
  return holds({ ...principal, isAdmin: false }, permission, orgPath);
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

/**
 * The actor of a step: a person, because a case records people, not accounts. A login that is no
 * person (the installation's own `admin`) is told what to do instead.
 */
export function actorOf(principal: Principal): { personId: string; name: string; userId: string } {
  if (!principal.personId) throw notAPerson(principal);
  return { personId: principal.personId, name: principal.displayName, userId: principal.userId };
}

/**
 * The steps only an administrator takes (a direct admission): an administrator's login may take
 * them without being a person, and the case records the login. Every other step needs a person.
 */
export function stepActorOf(
  principal: Principal,
  type: CaseStepType,
): { personId: string | null; name: string; userId: string } {
  if (principal.personId || !principal.isAdmin || !administratorOnly(type)) return actorOf(principal);
  return { personId: null, name: principal.displayName, userId: principal.userId };
}

/** Who uploads a file: a person, or an administrator's login (for the evidence of the administrator's own steps). */
export function uploaderOf(principal: Principal): { personId: string | null; name: string } {
  if (!principal.personId && principal.isAdmin) return { personId: null, name: principal.displayName };
  return actorOf(principal);
}

const administratorOnly = (type: CaseStepType) =>
  stepCapacities[type].length === 1 && stepCapacities[type][0] === 'administrator';

function notAPerson(principal: Principal): DevelopmentError {
  const own = (Object.keys(stepCapacities) as CaseStepType[]).filter(administratorOnly);
  return new DevelopmentError(
    DevelopmentErrorCode.AccountNotAPerson,
    principal.isAdmin
      ? composedText('development.service.admin_not_a_person', {
          steps: own.map((step, i) =>
            composedText(i ? 'development.service.another_step_name' : 'development.service.step_name', {
              step: composedText(`development.entry.${step}`),
            }),
          ),
        })
      : composedText('development.service.not_a_person'),
    403,
    undefined,
    {
      params: {
        login: principal.displayName,
        administrator: principal.isAdmin ? 'yes' : 'no',
        administratorSteps: own.join(','),
      },
    },
  );
}
