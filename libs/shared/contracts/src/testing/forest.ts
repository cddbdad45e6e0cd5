import type { PersonRef } from '../lib/refs';

/** A test's id: a valid UUID numbered from 1, the same in every run. */
export const testId = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

/** A person of a test, numbered from 1 (ids from 101, clear of the organisations'). */
export const testPerson = (n: number, name: string): PersonRef => ({ personId: testId(100 + n), name });

/** The forestry group's committee, a bureau's committee under it, and two of the bureau's branches. */
export const forest = {
  group: { id: testId(1), name: '北岭森工集团党委' },
  bureau: { id: testId(2), name: '青山林业局党委' },
  branch: { id: testId(3), name: '红星林场党支部' },
  otherBranch: { id: testId(4), name: '白桦林场党支部' },
};

/** A branch's id path, from the group down (`/group/bureau/branch/`). */
export const forestIdPath = (branch: { id: string }) =>
  `/${forest.group.id}/${forest.bureau.id}/${branch.id}/`;

/** An organisation of the tree, with the ids from the root down to itself. */
export interface ForestNode {
  id: string;
  name: string;
  kind: 'committee' | 'branch';
  path: string[];
}

/** The two committees and the branches given, as the nodes of a tree (what `identityOverTree` takes). */
export function forestTree(branches: readonly { id: string; name: string }[]): ForestNode[] {
  const { group, bureau } = forest;
  return [
    { ...group, kind: 'committee', path: [group.id] },
    { ...bureau, kind: 'committee', path: [group.id, bureau.id] },
    ...branches.map((b) => ({
      id: b.id,
      name: b.name,
      kind: 'branch' as const,
      path: [group.id, bureau.id, b.id],
    })),
  ];
}
