import { recordedDevelopment } from './development-records';
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

  it('keeps applicants out of the membership and the vote', async () => {
    const zhou = await activities.snapshotPerson({ personId: directory.person('applicantZhou').id });
    expect(zhou).toMatchObject({ membership: null, birthDate: '1998-05-04', gender: 'female' });
    expect(principalOf('applicantZhou').grants).toEqual([]);
    const members = await activities.resolveRoleHolders({
      role: 'full_member',
      orgId: directory.org('farmA').id,
    });
    expect(members.map((p) => p.name)).toEqual(['赵一', '王甲书', '钱二']);
    const voters = await activities.countExpectedVoters({
      branchId: directory.org('farmA').id,
      date: '2026-03-01',
    });
    expect(voters.expected).toBe(3);
  });

  it('remembers what development cases record and answers from it', async () => {
    const personId = directory.person('applicantSun').id;
    await activities.recordDevelopment({ personId, stage: 'candidate' });
    expect(recordedDevelopment.standingOf(personId)).toEqual({ stage: 'candidate' });
    expect((await activities.snapshotPerson({ personId })).membership).toBeNull();
    await activities.recordDevelopment({
      personId,
      stage: null,
      membership: { status: 'probationary', admissionDate: '2026-03-02', standingDate: null },
    });
    await activities.recordDevelopment({ personId, stage: null });
    expect((await activities.snapshotPerson({ personId })).membership).toEqual({
      status: 'probationary',
      admissionDate: '2026-03-02',
      standingDate: null,
      votingRights: false,
    });
    await activities.recordDevelopment({
      personId,
      stage: null,
      membership: { status: 'full', admissionDate: '2026-03-02', standingDate: '2027-03-02' },
    });
    const voters = (date: string) =>
      activities.countExpectedVoters({ branchId: directory.org('farmA').id, date });
    expect((await voters('2027-03-01')).expected).toBe(3);
    expect((await voters('2027-03-02')).expected).toBe(4);
    expect(recordedDevelopment.writesFor(personId).map((w) => w.membership?.status ?? w.membership)).toEqual([
      undefined,
      'probationary',
      undefined,
      'full',
    ]);
    await expect(
      activities.recordDevelopment({ personId: '00000000-0000-4000-8000-000000000000', stage: null }),
    ).rejects.toThrow(/not found/);
  });
});
