import { startedForSuite } from '@bastion/platform-service-testing';
import { ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import { approvalAuthorityProblem } from '@bastion/identity-rules';
import { TestClient } from '../../testing/http-client';
import { type IdentityProbe, startIdentityProbe } from '../../testing/identity-probe';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { startIdentityTestApp } from '../../testing/identity-test-app';

describe('identity activities, called from another workflow through Temporal', () => {
  const t = startedForSuite(() => startIdentityTestApp('activities', smallForest()));
  let probe: IdentityProbe;

  beforeAll(async () => {
    probe = await startIdentityProbe('identity-probe');
  });
  afterAll(() => probe.stop());

  const ask: IdentityProbe['ask'] = (name, input) => probe.ask(name, input);

  const org = (key: string) => t.ids.orgs.get(key)!;
  const person = (key: string) => t.ids.people.get(key)!;

  it('resolves a role at a node to the people holding it today', async () => {
    const holders = await ask('resolveRoleHolders', { role: 'secretary', orgId: org('farmA') });
    expect(holders.map((h) => h.name)).toEqual(['王甲书']);
    // 钱二 was secretary until 2023; on a date back then she is the one.
    const then = await ask('resolveRoleHolders', {
      role: 'secretary',
      orgId: org('farmA'),
      date: '2020-06-01',
    });
    expect(then.map((h) => h.name)).toEqual(['钱二']);
  });

  it('resolves the members of a branch', async () => {
    const members = await ask('resolveRoleHolders', { role: 'probationary_member', orgId: org('farmA') });
    expect(members.map((m) => m.name)).toEqual(['周五']);
  });

  it('counts the expected voters: full members with voting rights, less the excluded', async () => {
    await t.db.query(
      `INSERT INTO identity.voter_exclusion (person_id, reason, from_date, approved_by) VALUES ($1, '出国六个月以上', '2026-01-01', '测试林业局党委')`,
      [person('farmAMember3')],
    );
    const voters = await ask('countExpectedVoters', { branchId: org('farmA'), date: '2026-03-01' });
    expect(voters).toEqual({
      branchId: org('farmA'),
      date: '2026-03-01',
      fullMembers: 7,
      withVotingRights: 6,
      excluded: [
        {
          personId: person('farmAMember3'),
          name: '孙三',
          reason: '出国六个月以上',
          approvedBy: '测试林业局党委',
        },
      ],
      // 李四's voting rights are suspended on the record itself.
      suspended: [{ personId: person('farmAMember4'), name: '李四' }],
      expected: 5,
    });
    // In 2017 孙三 and 李四 were not yet full members and nobody was excluded.
    const earlier = await ask('countExpectedVoters', { branchId: org('farmA'), date: '2017-06-01' });
    expect(earlier).toEqual(
      expect.objectContaining({ fullMembers: 5, withVotingRights: 5, excluded: [], expected: 5 }),
    );
  });

  it('counts by the discipline on record: none under 留党察看 until rights are restored, none after 开除', async () => {
    const bureau = await new TestClient(t.baseUrl).login('bureauorgdept', TEST_PASSWORD);
    const sanction = (personKey: string, body: Record<string, unknown>) =>
      bureau.post(`/people/${person(personKey)}/sanctions`, {
        decidedOn: '2026-01-20',
        decidingBody: '测试林业局党委',
        reason: '违反组织纪律',
        ...body,
      });
    expect(
      (await sanction('farmBMember', { kind: 'probation', effectiveFrom: '2026-02-01', termMonths: 12 }))
        .status,
    ).toBe(201);
    expect(
      (await sanction('farmBSecretary', { kind: 'expulsion', effectiveFrom: '2026-06-01' })).status,
    ).toBe(201);
    const count = (date: string) => ask('countExpectedVoters', { branchId: org('farmB'), date });
    expect(await count('2026-01-31')).toMatchObject({
      fullMembers: 2,
      withVotingRights: 2,
      expected: 2,
      suspended: [],
    });
    expect(await count('2026-03-01')).toMatchObject({
      fullMembers: 2,
      withVotingRights: 1,
      expected: 1,
      suspended: [{ personId: person('farmBMember'), name: '陈乙员' }],
    });
    // Expelled: no longer a member at all; under 留党察看: a full member without a vote.
    expect(await count('2026-07-01')).toMatchObject({ fullMembers: 1, withVotingRights: 0, expected: 0 });
    const members = await ask('resolveRoleHolders', {
      role: 'full_member',
      orgId: org('farmB'),
      date: '2026-07-01',
    });
    expect(members.map((m) => m.name)).toEqual(['陈乙员']);
    // The snapshot carries the record, so the rules judge sponsoring and voting on any date.
    const snapshot = await ask('snapshotPerson', { personId: person('farmBMember') });
    expect(snapshot.sanctions).toEqual([
      {
        kind: 'probation',
        effectiveFrom: '2026-02-01',
        termMonths: 12,
        rightsRestoredOn: null,
        until: null,
      },
    ]);
  });

  it('snapshots a person with their organisation path and never their ID number', async () => {
    const snapshot = await ask('snapshotPerson', { personId: person('farmASecretary') });
    expect(snapshot).toEqual(
      expect.objectContaining({
        name: '王甲书',
        org: { id: org('farmA'), name: '甲林场党支部', kind: 'branch' },
        membership: expect.objectContaining({ status: 'full', standingDate: '2011-07-01' }),
      }),
    );
    expect(snapshot.orgPath.map((o) => o.name)).toEqual([
      '测试森工集团党委',
      '测试林业局党委',
      '测试林场党总支',
      '甲林场党支部',
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('110101199003074477');
  });

  it('snapshots an organisation with its approving committee', async () => {
    const village = await ask('snapshotOrg', { orgId: org('village') });
    expect(village.approvingCommittee?.name).toBe('测试森工集团党委');
    expect(village.idPath).toBe(`/${org('group')}/${org('township')}/${org('village')}/`);
    // What another service needs to tell whether the node may decide an admission.
    const township = await ask('snapshotOrg', { orgId: org('township') });
    expect(township).toMatchObject({ kind: 'committee', mayApprove: false, isTemporary: false });
    expect(approvalAuthorityProblem(township)).toBe('no_authority');
    expect(approvalAuthorityProblem(await ask('snapshotOrg', { orgId: org('group') }))).toBeNull();
  });

  it('lists an organisation and its live subtree, parents first', async () => {
    const nodes = await ask('orgSubtree', { orgId: org('township') });
    expect(nodes[0]).toEqual(expect.objectContaining({ id: org('township'), depth: 0 }));
    expect(nodes.map((n) => n.id)).toContain(org('village'));
    expect(nodes.find((n) => n.id === org('village'))?.depth).toBe(1);
    expect(nodes.map((n) => n.id)).not.toContain(org('group'));
  });

  it('fails with a non-retryable NOT_FOUND for a record that does not exist', async () => {
    const failure = await ask('snapshotPerson', { personId: '00000000-0000-4000-8000-000000000000' }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    const cause = (failure as WorkflowFailedError).cause?.cause as ApplicationFailure;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect(cause.type).toBe('NOT_FOUND');
    expect(cause.nonRetryable).toBe(true);
  });

  describe('recordDevelopment', () => {
    /** A person of 乙林场党支部 without membership, made for one test. */
    async function newcomer(name: string): Promise<string> {
      const [row] = (await t.db.query(
        `INSERT INTO identity.person (name, gender, org_id, version) VALUES ($1, 'female', $2, 1) RETURNING id`,
        [name, org('farmB')],
      )) as { id: string }[];
      return row!.id;
    }
    const stageOf = async (personId: string) =>
      (
        (await t.db.query(`SELECT development_stage FROM identity.person WHERE id = $1`, [personId])) as {
          development_stage: string | null;
        }[]
      )[0]!.development_stage;
    const membershipOf = async (personId: string) =>
      (await t.db.query(
        `SELECT status, admission_date::text, standing_date::text, voting_rights FROM identity.membership WHERE person_id = $1`,
        [personId],
      )) as unknown[];

    it('follows a case from applicant to full member, each write harmless to repeat', async () => {
      const id = await newcomer('郑申请');
      await ask('recordDevelopment', { personId: id, stage: 'applicant' });
      expect(await stageOf(id)).toBe('applicant');
      expect(await membershipOf(id)).toEqual([]);

      await ask('recordDevelopment', { personId: id, stage: 'candidate' });
      await ask('recordDevelopment', { personId: id, stage: 'candidate' });
      expect(await stageOf(id)).toBe('candidate');

      const admitted = {
        personId: id,
        stage: null,
        membership: { status: 'probationary' as const, admissionDate: '2026-03-02', standingDate: null },
      };
      await ask('recordDevelopment', admitted);
      await ask('recordDevelopment', admitted);
      expect(await stageOf(id)).toBeNull();
      expect(await membershipOf(id)).toEqual([
        { status: 'probationary', admission_date: '2026-03-02', standing_date: null, voting_rights: false },
      ]);
      // A probationary member is not yet an expected voter.
      expect((await ask('snapshotPerson', { personId: id })).membership).toEqual({
        status: 'probationary',
        admissionDate: '2026-03-02',
        standingDate: null,
        votingRights: false,
      });

      await ask('recordDevelopment', {
        personId: id,
        stage: null,
        membership: { status: 'full', admissionDate: '2026-03-02', standingDate: '2027-03-02' },
      });
      expect(await membershipOf(id)).toEqual([
        { status: 'full', admission_date: '2026-03-02', standing_date: '2027-03-02', voting_rights: true },
      ]);
      // Without a membership the write leaves it as it is.
      await ask('recordDevelopment', { personId: id, stage: null });
      expect(await membershipOf(id)).toHaveLength(1);
    });

    it('removes the membership when probation is cancelled', async () => {
      const id = await newcomer('钱取消');
      await ask('recordDevelopment', {
        personId: id,
        stage: null,
        membership: { status: 'probationary', admissionDate: '2025-05-06', standingDate: null },
      });
      await ask('recordDevelopment', { personId: id, stage: null, membership: null });
      await ask('recordDevelopment', { personId: id, stage: null, membership: null });
      expect(await membershipOf(id)).toEqual([]);
      expect(await stageOf(id)).toBeNull();
    });

    it('shows the stage in the people list and on the person', async () => {
      const id = await newcomer('孙积极');
      await ask('recordDevelopment', { personId: id, stage: 'activist' });
      const admin = await new TestClient(t.baseUrl).login('admin', TEST_PASSWORD);
      const detail = await admin.get(`/people/${id}`);
      expect(detail.body).toMatchObject({ developmentStage: 'activist', membershipStatus: null });
      const list = await admin.get(`/people?orgId=${org('farmB')}&q=${encodeURIComponent('孙积极')}`);
      expect(list.body.items).toEqual([expect.objectContaining({ id, developmentStage: 'activist' })]);
      const members = await admin.get(`/people?orgId=${org('farmB')}&status=full`);
      expect(
        members.body.items.every((p: { developmentStage: unknown }) => p.developmentStage === null),
      ).toBe(true);
    });

    it('refuses a person it does not know, and the database refuses a stage it does not know', async () => {
      const failure = await ask('recordDevelopment', {
        personId: '00000000-0000-4000-8000-000000000000',
        stage: 'applicant',
      }).catch((e: unknown) => e);
      expect(((failure as WorkflowFailedError).cause?.cause as ApplicationFailure).type).toBe('NOT_FOUND');
      await expect(
        t.db.query(`UPDATE identity.person SET development_stage = 'member' WHERE id = $1`, [
          person('farmAApplicant'),
        ]),
      ).rejects.toThrow(/person_development_stage/);
    });
  });
});
