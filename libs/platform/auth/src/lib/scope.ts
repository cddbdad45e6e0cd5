import type { Principal } from './principal';

/**
 * Where a caller may exercise one permission: everywhere, in some subtrees of the organisation,
 * or nowhere. Every list filters by it and every read of one record checks it.
 */
export type Scope = { kind: 'all' } | { kind: 'subtrees'; paths: string[] } | { kind: 'none' };

/** For each permission, the roles that carry it. Administrators hold every permission. */
export type PolicyTable<P extends string> = Record<P, readonly string[]>;

export function scopeOf<P extends string>(
  principal: Principal,
  policy: PolicyTable<P>,
  permission: P,
): Scope {
  if (principal.isAdmin) return { kind: 'all' };
  const roles = policy[permission];
  const paths = principal.grants.filter((g) => roles.includes(g.role)).map((g) => g.orgPath);
  return paths.length ? { kind: 'subtrees', paths: outermost(paths) } : { kind: 'none' };
}

/** Drops paths inside other paths: a role at a committee already covers its branches. */
function outermost(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((outer) => p.startsWith(outer)));
}

export function inScope(scope: Scope, orgPath: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return scope.paths.some((p) => orgPath.startsWith(p));
}

/**
 * A service's checks under its policy table: where the caller may exercise a permission
 * (`scope`), and whether they hold it over an organisation (`holds`: a role carrying it there or
 * above, or they administer the system).
 */
export function policyChecks<P extends string>(policy: PolicyTable<P>) {
  const scope = (principal: Principal, permission: P): Scope => scopeOf(principal, policy, permission);
  const holds = (principal: Principal, permission: P, orgPath: string): boolean =>
    inScope(scope(principal, permission), orgPath);
  return { scope, holds };
}

/**
 * A SQL condition restricting `column` (an org path) to the scope, with its parameters. Paths
 * hold only ids and slashes, so a prefix LIKE is exact.
 */
export function scopeCondition(
  scope: Scope,
  column: string,
  paramPrefix = 'scope',
): [string, Record<string, string>] {
  if (scope.kind === 'all') return ['TRUE', {}];
  if (scope.kind === 'none') return ['FALSE', {}];
  const params: Record<string, string> = {};
  const parts = scope.paths.map((path, i) => {
    if (!/^[/0-9a-f-]+$/.test(path)) throw new Error(`Malformed org path in scope: ${path}`);
    params[`${paramPrefix}${i}`] = `${path}%`;
    return `${column} LIKE :${paramPrefix}${i}`;
  });
  return [`(${parts.join(' OR ')})`, params];
}

/**
 * A SQL condition on a record the caller may see: its `column` (an org path) lies in the scope,
 * or, for a caller who is a person, they have a part in it: `part`, a condition on `:viewer`,
 * their person id (its submitter, its person in charge, …).
 */
export function scopeOrPart(
  principal: Principal,
  scope: Scope,
  column: string,
  paramPrefix: string,
  part: string,
): [string, Record<string, string>] {
  const [inScope, params] = scopeCondition(scope, column, paramPrefix);
  if (!principal.personId) return [inScope, params];
  return [`(${inScope} OR ${part})`, { ...params, viewer: principal.personId }];
}
