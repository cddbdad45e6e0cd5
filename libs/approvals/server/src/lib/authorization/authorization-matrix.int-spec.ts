import type { Principal } from '@bastion/platform-auth';
import { startApprovalsTestApp } from '../../testing/approvals-test-app';
import { action, branchToCommittee, createTemplate, submit } from '../../testing/fixtures';
import {
  ADMIN,
  callersOf,
  describeAuthorizationMatrix,
  type MatrixRoute,
  type Outcome,
  TestClient,
} from '@bastion/platform-service-testing';

/**
 * Every approvals route that takes an id, called by each kind of user on a request of 甲林场党支部
 * (under the bureau and group committees) and on one of another group's branch. A decision on a
 * stage that needs a signature passes authorization and is then refused for the missing
 * signature, so the matrix decides nothing.
 */
type Row = [farmA: Outcome, otherGroup: Outcome];

interface Target {
  request: string;
  attachment: string;
}

/** Who may see a request: whoever takes part, and supervisors of its organisation. */
const read = {
  submitter: ['ok', 404],
  farmASecretary: ['ok', 404],
  // Secretary of the group committee; organisation department of the bureau committee.
  groupSecretary: ['ok', 404],
  orgDeptLin: ['ok', 404],
  farmAMember: [404, 404],
  farmBSecretary: [404, 404],
  otherSecretary: [404, 'ok'],
  admin: ['ok', 'ok'],
} satisfies Record<string, Row>;

const callers = callersOf(read);
type Caller = (typeof callers)[number];
type Route = MatrixRoute<Caller, Target, TestClient>;

/** Commenting takes a person: an administrator's login has none. */
const comment: Record<Caller, Row> = { ...read, admin: [403, 403] };

/** Deciding takes an open task: the branch secretary holds it at 甲林场, the submitter does at the other branch. */
const decide: Record<Caller, Row> = {
  submitter: [403, 404],
  farmASecretary: ['ok', 404],
  groupSecretary: [403, 404],
  orgDeptLin: [403, 404],
  farmAMember: [404, 404],
  farmBSecretary: [404, 404],
  otherSecretary: [404, 'ok'],
  admin: [403, 403],
};

const routes: Route[] = [
  { name: 'GET /requests/:id', call: (c, t) => c.get(`/requests/${t.request}`), expect: read },
  {
    name: 'GET /requests/:id/return-targets',
    call: (c, t) => c.get(`/requests/${t.request}/return-targets`),
    expect: read,
  },
  { name: 'GET /requests/:id/verify', call: (c, t) => c.get(`/requests/${t.request}/verify`), expect: read },
  {
    name: 'POST /requests/:id/actions (comment)',
    call: (c, t) => c.post(`/requests/${t.request}/actions`, action('comment', { opinion: '矩阵测试' })),
    expect: comment,
  },
  {
    name: 'POST /requests/:id/actions (approve)',
    call: (c, t) => c.post(`/requests/${t.request}/actions`, action('approve')),
    expect: decide,
  },
  {
    name: 'GET /attachments/:id',
    call: (c, t) => c.download(`/attachments/${t.attachment}`).then((r) => ({ ...r, body: undefined })),
    expect: read,
  },
];

describeAuthorizationMatrix(
  'authorization matrix of the approvals service',
  {
    start: () => startApprovalsTestApp('matrix'),
    callers,
    scopes: ['of 甲林场党支部', 'of another group'],
    routes,
    prepare: async (t) => {
      const template = await createTemplate(
        t,
        branchToCommittee({}, { requires: { opinion: false, attachments: false, signature: true } }),
      );
      const targetOf = async (submitter: 'submitter' | 'otherSecretary'): Promise<Target> => {
        const upload = await t.as(submitter).upload('附件.txt', 'text/plain', '附件');
        const { id } = await submit(t, template, { attachmentIds: [upload.body.id] }, submitter);
        return { request: id, attachment: upload.body.id };
      };
      return {
        client: (caller) => t.client(caller),
        targets: {
          'of 甲林场党支部': await targetOf('submitter'),
          'of another group': await targetOf('otherSecretary'),
        },
      };
    },
  },
  ({ service: t, client, target }) => {
    it('lets nobody mark another person’s notifications read', async () => {
      const theirs = await t.as('farmASecretary').get('/notifications?unread=true');
      expect(theirs.body.unread).toBeGreaterThan(0);
      for (const caller of callers.filter((c) => c !== 'farmASecretary')) {
        const marked = await client(caller).post('/notifications/read', { ids: [theirs.body.items[0].id] });
        expect(marked.status).toBe(204);
      }
      expect((await t.as('farmASecretary').get('/notifications')).body.unread).toBe(theirs.body.unread);
    });

    describe('route templates', () => {
      let template: string;
      beforeAll(async () => {
        template = await createTemplate(t, { ...branchToCommittee(), name: '矩阵模板' });
      });

      it.each(callers)('can be read by %s, and changed only by an administrator', async (caller) => {
        const as = client(caller);
        for (const path of [
          `/templates/${template}`,
          `/templates/${template}/versions`,
          `/templates/${template}/versions/1`,
        ]) {
          expect((await as.get(path)).status).toBe(200);
        }
        // A stale version: past the authorization check, the administrator meets the conflict.
        const put = await as.put(`/templates/${template}`, { ...branchToCommittee(), version: -1 });
        const archive = await as.post(`/templates/${template}/archive`);
        const allowed = (caller as string) === 'admin';
        expect(put.status).toBe(allowed ? 409 : 403);
        expect(archive.status).toBe(allowed ? 204 : 403);
      });
    });

    it('a principal without grants or person sees nothing and may do nothing', async () => {
      const stranger: Principal = {
        ...ADMIN,
        userId: '22222222-0000-4000-8000-000000000001',
        isAdmin: false,
      };
      for (const scope of ['of 甲林场党支部', 'of another group'] as const) {
        expect((await t.as(stranger).get(`/requests/${target(scope).request}`)).status).toBe(404);
      }
      expect((await t.as(stranger).get('/inbox')).body).toEqual({
        items: [],
        total: 0,
        nextCursor: null,
        counts: { todo: 0, done: 0, cc: 0, mine: 0 },
      });
      expect((await new TestClient(t.baseUrl).get('/inbox')).status).toBe(401);
    });
  },
);
