import {
  callersOf,
  describeAuthorizationMatrix,
  everyoneBut,
  type MatrixRoute,
  type Outcome,
  refusedWhereSeen,
} from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

/**
 * Every identity route that takes an id, called by each kind of user on a record inside their
 * reach (farmA, under the group and bureau committees and the farms general branch) and on one
 * outside it (another group's branch). The payloads that pass authorization then fail on a stale
 * version or a date in the wrong order, so the matrix changes nothing.
 */
type Row = [inside: Outcome, outside: Outcome];

interface Target {
  org: string;
  parent: string;
  person: string;
  office: string;
  exclusion: string;
  user: string;
}

const orgRead = {
  admin: ['ok', 'ok'],
  groupOrgDept: ['ok', 404],
  bureauOrgDept: ['ok', 404],
  farmsSecretary: ['ok', 404],
  farmASecretary: ['ok', 404],
  farmAOfficer: ['ok', 404],
  farmAMember1: ['ok', 404],
  otherSecretary: [404, 'ok'],
} satisfies Record<string, Row>;

const callers = callersOf(orgRead);
type Caller = (typeof callers)[number];
type Route = MatrixRoute<Caller, Target, TestClient>;

const orgManage: Record<Caller, Row> = { ...orgRead, farmAOfficer: [403, 404], farmAMember1: [403, 404] };

/** Moving or dissolving a node takes the right over its parent. */
const parentManage: Record<Caller, Row> = {
  ...orgManage,
  farmASecretary: [403, 404],
  otherSecretary: [404, 403],
};

const personRead: Record<Caller, Row> = { ...orgRead, farmAMember1: [404, 404] };
const personManage = personRead;

/** An ID number is revealed to the administrator alone: whoever else sees the person is refused. */
const reveal: Record<Caller, Row> = { ...refusedWhereSeen(personRead), admin: ['ok', 'ok'] };

/** Ending an office: the member can see the office's organisation but may not manage people there. */
const officeManage: Record<Caller, Row> = { ...orgRead, farmAMember1: [403, 404] };

const adminOnly = everyoneBut<Caller, Row>(callers, [403, 403], { admin: ['ok', 'ok'] });

const routes: Route[] = [
  { name: 'GET /orgs/:id', call: (c, t) => c.get(`/orgs/${t.org}`), expect: orgRead },
  { name: 'GET /orgs/:id/history', call: (c, t) => c.get(`/orgs/${t.org}/history`), expect: orgRead },
  {
    name: 'PATCH /orgs/:id',
    call: (c, t) => c.patch(`/orgs/${t.org}`, { version: -1, name: '矩阵' }),
    expect: orgManage,
  },
  {
    name: 'POST /orgs/:id/move',
    call: (c, t) => c.post(`/orgs/${t.org}/move`, { newParentId: t.parent, version: -1 }),
    expect: parentManage,
  },
  {
    name: 'POST /orgs/:id/dissolve',
    call: (c, t) => c.post(`/orgs/${t.org}/dissolve`, { reason: '矩阵', version: -1 }),
    expect: parentManage,
  },
  { name: 'GET /people/:id', call: (c, t) => c.get(`/people/${t.person}`), expect: personRead },
  {
    name: 'PATCH /people/:id',
    call: (c, t) => c.patch(`/people/${t.person}`, { version: -1 }),
    expect: personManage,
  },
  {
    name: 'PUT /people/:id/membership',
    call: (c, t) => c.put(`/people/${t.person}/membership`, { status: 'full', admissionDate: '2020-01-01' }),
    expect: personManage,
  },
  {
    name: 'POST /people/:id/exclusions',
    call: (c, t) =>
      c.post(`/people/${t.person}/exclusions`, {
        reason: '矩阵测试',
        fromDate: '2026-02-01',
        toDate: '2026-01-01',
        approvedBy: '测试',
      }),
    expect: personManage,
  },
  {
    name: 'PATCH /people/:id/exclusions/:exclusionId',
    call: (c, t) => c.patch(`/people/${t.person}/exclusions/${t.exclusion}`, { toDate: '2000-01-01' }),
    expect: personManage,
  },
  {
    name: 'POST /people/:id/offices',
    call: (c, t) =>
      c.post(`/people/${t.person}/offices`, { role: 'org_department', orgId: t.org, fromDate: '2026-01-01' }),
    expect: personManage,
  },
  {
    name: 'POST /people/:id/id-number/reveal',
    call: (c, t) => c.post(`/people/${t.person}/id-number/reveal`, { reason: '矩阵测试：核对档案身份信息' }),
    expect: reveal,
  },
  {
    name: 'POST /people/:id/phone/reveal',
    call: (c, t) => c.post(`/people/${t.person}/phone/reveal`, { reason: '矩阵测试：通知参加会议' }),
    expect: personRead,
  },
  {
    name: 'PATCH /offices/:id',
    call: (c, t) => c.patch(`/offices/${t.office}`, { toDate: '2000-01-01' }),
    expect: officeManage,
  },
  { name: 'POST /users/:id/unlock', call: (c, t) => c.post(`/users/${t.user}/unlock`), expect: adminOnly },
];

describeAuthorizationMatrix(
  'authorization matrix of the identity routes that take an id',
  {
    start: () => startIdentityTestApp('authz', smallForest()),
    callers,
    scopes: ['inside its scope', 'outside its scope'],
    routes,
    prepare: async (t) => {
      const anonymous = new TestClient(t.baseUrl);
      const clients = {} as Record<Caller, TestClient>;
      for (const caller of callers)
        clients[caller] = await anonymous.login(caller.toLowerCase(), TEST_PASSWORD);
      const target = async (
        org: string,
        parent: string,
        person: string,
        username: string,
      ): Promise<Target> => {
        const personId = t.ids.people.get(person)!;
        await t.db.query(`UPDATE identity.person SET phone = '13900000002' WHERE id = $1`, [personId]);
        const [office] = await t.db.query(`SELECT id FROM identity.office WHERE person_id = $1`, [personId]);
        const exclusion = await clients.admin.post(`/people/${personId}/exclusions`, {
          reason: '长期病休',
          fromDate: '2026-01-01',
          approvedBy: '上级党委',
        });
        return {
          org: t.ids.orgs.get(org)!,
          parent: t.ids.orgs.get(parent)!,
          person: personId,
          office: office.id,
          exclusion: exclusion.body.id,
          user: t.ids.users.get(username)!,
        };
      };
      return {
        client: (caller) => clients[caller],
        targets: {
          'inside its scope': await target('farmA', 'farms', 'farmASecretary', 'farmasecretary'),
          'outside its scope': await target('otherBranch', 'other', 'otherSecretary', 'othersecretary'),
        },
      };
    },
  },
  ({ service: t, cases }) => {
    it('recorded every refusal in the audit trail', async () => {
      const [row] = await t.db.query(
        `SELECT count(*) FILTER (WHERE kind = 'refused_forbidden')::int AS forbidden,
                count(*) FILTER (WHERE kind = 'refused_out_of_scope')::int AS hidden
           FROM identity.audit_event`,
      );
      expect(row).toEqual({
        forbidden: cases.filter((c) => c.outcome === 403).length,
        hidden: cases.filter((c) => c.outcome === 404).length,
      });
    });
  },
);
