import type { Principal } from './principal';
import { inScope, policyChecks, type PolicyTable, scopeCondition, scopeOf, scopeOrPart } from './scope';

const committee = '/00000000-0000-4000-8000-000000000001/';
const branchA = `${committee}00000000-0000-4000-8000-00000000000a/`;
const branchB = `${committee}00000000-0000-4000-8000-00000000000b/`;
const elsewhere = '/00000000-0000-4000-8000-000000000009/';

const policy: PolicyTable<'read' | 'manage'> = {
  read: ['secretary', 'organisation_officer', 'full_member'],
  manage: ['secretary', 'organisation_officer'],
};

const person = (grants: Principal['grants'], isAdmin = false): Principal => ({
  userId: 'u',
  sessionId: 's',
  username: 'u',
  displayName: 'U',
  personId: null,
  isAdmin,
  grants,
});

describe('scope policy', () => {
  it('gives an administrator everything', () => {
    expect(scopeOf(person([], true), policy, 'manage')).toEqual({ kind: 'all' });
  });

  it('gives nothing to someone without a matching role', () => {
    const member = person([{ role: 'full_member', orgId: 'a', orgPath: branchA }]);
    expect(scopeOf(member, policy, 'manage')).toEqual({ kind: 'none' });
  });

  it.each([
    [
      'reaches the subtree of the node where the role is held',
      { role: 'secretary', orgId: 'c', orgPath: committee },
      { [branchA]: true, [committee]: true, [elsewhere]: false },
    ],
    [
      'does not reach a sibling branch',
      { role: 'organisation_officer', orgId: 'a', orgPath: branchA },
      { [branchA]: true, [branchB]: false, [committee]: false },
    ],
  ])('%s', (_rule, grant, reaches) => {
    const scope = scopeOf(person([grant]), policy, 'manage');
    for (const [path, reached] of Object.entries(reaches)) expect(inScope(scope, path)).toBe(reached);
  });

  it('keeps only the outermost of nested paths', () => {
    const both = person([
      { role: 'organisation_officer', orgId: 'a', orgPath: branchA },
      { role: 'secretary', orgId: 'c', orgPath: committee },
    ]);
    expect(scopeOf(both, policy, 'read')).toEqual({ kind: 'subtrees', paths: [committee] });
  });

  it('turns a scope into a parameterised SQL condition', () => {
    const officer = person([
      { role: 'organisation_officer', orgId: 'a', orgPath: branchA },
      { role: 'organisation_officer', orgId: 'b', orgPath: branchB },
    ]);
    const [sql, params] = scopeCondition(scopeOf(officer, policy, 'manage'), 'o.path');
    expect(sql).toBe('(o.path LIKE :scope0 OR o.path LIKE :scope1)');
    expect(params).toEqual({ scope0: `${branchA}%`, scope1: `${branchB}%` });
    expect(scopeCondition({ kind: 'none' }, 'o.path')[0]).toBe('FALSE');
    expect(scopeCondition({ kind: 'all' }, 'o.path')[0]).toBe('TRUE');
  });

  it('refuses a path that could smuggle SQL wildcards', () => {
    expect(() => scopeCondition({ kind: 'subtrees', paths: ['/%/'] }, 'o.path')).toThrow(/Malformed/);
  });

  it("checks a service's permissions under its policy: the scope, and whether one is held over an organisation", () => {
    const { scope, holds } = policyChecks(policy);
    const member = person([{ role: 'full_member', orgId: 'a', orgPath: branchA }]);
    expect(scope(member, 'read')).toEqual(scopeOf(member, policy, 'read'));
    expect(holds(member, 'read', branchA)).toBe(true);
    expect(holds(member, 'manage', branchA)).toBe(false);
    expect(holds(member, 'read', branchB)).toBe(false);
  });

  it('lets a person see a record outside their scope that they have a part in, and no one else', () => {
    const member = person([{ role: 'full_member', orgId: 'a', orgPath: branchA }]);
    const part = 'r.owner_person_id = :viewer';
    expect(
      scopeOrPart({ ...member, personId: 'p' }, scopeOf(member, policy, 'read'), 'r.path', 'seen', part),
    ).toEqual([`((r.path LIKE :seen0) OR ${part})`, { seen0: `${branchA}%`, viewer: 'p' }]);
    expect(scopeOrPart(member, scopeOf(member, policy, 'read'), 'r.path', 'seen', part)).toEqual([
      '(r.path LIKE :seen0)',
      { seen0: `${branchA}%` },
    ]);
  });
});
