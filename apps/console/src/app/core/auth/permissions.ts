import type { IdentityPermission, Me } from '@bastion/identity-contracts';

/**
 * Whether `me` holds `permission` at an organisation whose path (root first) is `pathIds`. A
 * grant at a node reaches its whole subtree, so any ancestor-or-self in scope is enough. The
 * service decides for real; this only keeps buttons away from people who would be refused.
 */
export function canAt(me: Me | null, permission: IdentityPermission, pathIds: readonly string[]): boolean {
  const scope = me?.scopes[permission];
  if (!scope) return false;
  if (scope === 'all') return true;
  return scope.some((root) => pathIds.includes(root.id));
}

/** Whether `me` holds `permission` anywhere at all. */
export function canAnywhere(me: Me | null, permission: IdentityPermission): boolean {
  const scope = me?.scopes[permission];
  return scope === 'all' || (Array.isArray(scope) && scope.length > 0);
}
