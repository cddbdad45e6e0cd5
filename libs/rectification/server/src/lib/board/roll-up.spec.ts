import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import { rollUp } from './board.service';

const node = (key: string, path: string, depth: number): OrgSubtreeNode => ({
  id: `00000000-0000-4000-8000-00000000000${key}`,
  name: `组织${key}`,
  kind: 'branch',
  idPath: path,
  depth,
});

describe('progress by organisation', () => {
  it('counts every item at each organisation above it, and lists only organisations with items', () => {
    const tree = [node('1', '/a/', 0), node('2', '/a/b/', 1), node('3', '/a/b/c/', 2), node('4', '/a/d/', 1)];
    const tallies = rollUp(tree, [
      { orgPath: '/a/b/c/', light: 'red', closed: false, n: 2 },
      { orgPath: '/a/b/', light: 'green', closed: true, n: 1 },
      { orgPath: '/a/', light: 'amber', closed: false, n: 1 },
    ]);
    expect(tallies.map((t) => [t.org.name, t.depth, t.total, t.closed, t.green, t.amber, t.red])).toEqual([
      ['组织1', 0, 4, 1, 1, 1, 2],
      ['组织2', 1, 3, 1, 1, 0, 2],
      ['组织3', 2, 2, 0, 0, 0, 2],
    ]);
  });
});
