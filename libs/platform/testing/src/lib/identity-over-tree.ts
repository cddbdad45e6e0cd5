import type { PersonRef } from '@bastion/approvals-contracts';
import type { IdentityActivities, OrgKind } from '@bastion/identity-contracts';

/** An organisation of a test's small tree, with the ids from the root down to itself. */
export interface TreeOrg {
  id: string;
  name: string;
  kind: OrgKind;
  path: string[];
}

/**
 * The identity service's answers about organisations and offices over a test's fixed tree:
 * who holds a role at a node (`holders`, keyed `<orgId>/<role>`, which a test may change while
 * workflows run), a node's snapshot with the committee that approves for a branch, and a subtree.
 */
export function identityOverTree(
  tree: readonly TreeOrg[],
  holders: ReadonlyMap<string, PersonRef[]>,
  approvingCommitteeId: string,
): Pick<IdentityActivities, 'resolveRoleHolders' | 'snapshotOrg' | 'orgSubtree'> {
  const node = (id: string) => {
    const org = tree.find((o) => o.id === id);
    if (!org) throw new Error(`no org ${id}`);
    return org;
  };
  const ref = (id: string) => ({ id, name: node(id).name, kind: node(id).kind });
  return {
    resolveRoleHolders: async ({ role, orgId }) =>
      (holders.get(`${orgId}/${role}`) ?? []).map((p) => ({
        id: p.personId,
        name: p.name,
        gender: 'male' as const,
        birthDate: null,
        org: ref(orgId),
        orgPath: node(orgId).path.map(ref),
        membership: null,
      })),
    snapshotOrg: async ({ orgId }) => ({
      ...ref(orgId),
      path: node(orgId).path.map(ref),
      idPath: `/${node(orgId).path.join('/')}/`,
      dissolved: false,
      approvingCommittee: node(orgId).kind === 'branch' ? ref(approvingCommitteeId) : null,
    }),
    orgSubtree: async ({ orgId }) =>
      tree
        .filter((o) => o.path.includes(orgId))
        .map((o) => ({
          id: o.id,
          name: o.name,
          kind: o.kind,
          idPath: `/${o.path.join('/')}/`,
          depth: o.path.length - node(orgId).path.length,
        })),
  };
}
