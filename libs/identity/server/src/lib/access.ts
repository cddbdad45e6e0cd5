import { identityPolicy, type IdentityPermission } from '@bastion/identity-contracts';
import { composedText, type RecordNoun } from '@bastion/messages';
import { inScope, type Principal, type Scope, scopeOf } from '@bastion/platform-auth';
import { ForbiddenError, OutOfScopeError } from '@bastion/platform-http';

export function identityScope(principal: Principal, permission: IdentityPermission): Scope {
  return scopeOf(principal, identityPolicy, permission);
}

/**
 * A record at `orgPath` may be seen only within the read scope (else it does not exist for the
 * caller: 404), and changed only within the write scope (else 403).
 */
export function requireAccess(
  principal: Principal,
  orgPath: string,
  read: IdentityPermission,
  write?: IdentityPermission,
  what: RecordNoun = 'record',
): void {
  if (!inScope(identityScope(principal, read), orgPath)) throw new OutOfScopeError(what);
  if (write && !inScope(identityScope(principal, write), orgPath)) throw new ForbiddenError();
}

/**
 * The right to act above a record the caller can already see (moving or dissolving a node is the
 * parent's business): without it the answer is 403, since the record's existence is no secret.
 */
export function requireRight(
  principal: Principal,
  orgPath: string | null,
  permission: IdentityPermission,
): void {
  if (orgPath === null) return requireAdmin(principal);
  if (!inScope(identityScope(principal, permission), orgPath)) throw new ForbiddenError();
}

/** Only a system administrator may act at the very top of the tree. */
export function requireAdmin(principal: Principal): void {
  if (!principal.isAdmin) throw new ForbiddenError(composedText('refusal.admin_only'));
}
