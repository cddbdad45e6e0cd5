import { directory, directoryActivities, idPathOf, principalOf } from './identity-directory';

describe('the test directory', () => {
  const activities = directoryActivities();

  it('answers a subtree parents first, with depths from the organisation asked about', async () => {
    const nodes = await activities.orgSubtree({ orgId: directory.org('bureau').id });
    expect(nodes.map((n) => [n.name, n.depth])).toEqual([
      ['测试林业局党委', 0],
      ['测试林场党总支', 1],
      ['甲林场党支部', 2],
      ['乙林场党支部', 2],
      ['木材加工厂党支部', 1],
    ]);
    expect(nodes[2]!.idPath).toBe(idPathOf('farmA'));
  });

  it('gives a person their offices and their membership as grants', () => {
    expect(principalOf('farmsSecretary').grants).toEqual([
      { role: 'secretary', orgId: directory.org('farms').id, orgPath: idPathOf('farms') },
      { role: 'full_member', orgId: directory.org('farmB').id, orgPath: idPathOf('farmB') },
    ]);
  });

  it('finds the holders of a role at a node', async () => {
    const holders = await activities.resolveRoleHolders({
      role: 'inspection_office',
      orgId: directory.org('bureau').id,
    });
    expect(holders.map((p) => p.name)).toEqual(['吴巡察']);
  });
});
