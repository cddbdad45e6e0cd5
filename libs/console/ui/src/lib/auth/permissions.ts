import { type DevelopmentPermission, developmentPolicy } from '@bastion/development-contracts';
import type { IdentityPermission, Me } from '@bastion/identity-contracts';
import { type RectificationPermission, rectificationPolicy } from '@bastion/rectification-contracts';

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

/**
 * Whether `me` holds a rectification permission anywhere. The identity service reports scopes of
 * its own permissions only, so this reads the rectification policy against the user's roles; the
 * rectification service checks the organisation for real.
 */
export function canRectify(me: Me | null, permission: RectificationPermission): boolean {
  if (!me) return false;
  if (me.isAdmin) return true;
  const roles = rectificationPolicy[permission];
  return me.roles.some((r) => roles.includes(r.role));
}

/** Whether `me` holds a development permission anywhere; read from the development policy like `canRectify`. */
export function canDevelop(me: Me | null, permission: DevelopmentPermission): boolean {
  if (!me) return false;
  if (me.isAdmin) return true;
  const roles = developmentPolicy[permission];
  return me.roles.some((r) => roles.includes(r.role));
}
