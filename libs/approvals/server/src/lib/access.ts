import { approvalsPolicy } from '@bastion/approvals-contracts';
import { composedText } from '@bastion/messages';
import { policyChecks, type Principal, scopeOrPart } from '@bastion/platform-auth';
import { ForbiddenError } from '@bastion/platform-http';

const { scope: approvalsScope, holds } = policyChecks(approvalsPolicy);
export { approvalsScope };

/** Whether the caller supervises an organisation: a supervising role at it or above it. */
export function supervises(principal: Principal, orgPath: string): boolean {
  return holds(principal, 'request.supervise', orgPath);
}

/**
 * A SQL condition on a request (alias `r`) that holds when the caller may see it: they take or
 * took part in it (submitter, assignee, delegate, copied), or they supervise its organisation.
 * Everything else does not exist for them (404).
 */
export function visibleRequestCondition(principal: Principal, alias = 'r'): [string, Record<string, string>] {
  return scopeOrPart(
    principal,
    approvalsScope(principal, 'request.supervise'),
    `${alias}.org_path`,
    'supervised',
    `EXISTS (SELECT 1 FROM approvals.participant vp WHERE vp.request_id = ${alias}.id AND vp.person_id = :viewer)`,
  );
}

/** Acting on a request needs a person behind the login: the ledger names people, not accounts. */
export function requirePerson(principal: Principal): string {
  if (!principal.personId) {
    throw new ForbiddenError(composedText('approvals.service.person_only'));
  }
  return principal.personId;
}

/** Route templates are managed by system administrators. */
export function requireAdmin(principal: Principal): void {
  if (!principal.isAdmin) throw new ForbiddenError(composedText('refusal.admin_only'));
}
