import { defaultCommitteeSettings } from '@bastion/development-contracts';
import {
  callersOf,
  describeAuthorizationMatrix,
  directory,
  everyoneBut,
  type MatrixRoute,
  type Outcome,
  type TestClient,
} from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import { action, inDays, openCase, step, talk } from '../../testing/fixtures';

/**
 * Every route of the development service, called by each kind of user, about a case of
 * 甲林场党支部 (talked to, with a file on record) and the committee that approves it. The outcomes
 * (ok, 401, 403, 404) are those of `checkAuthorizationMatrix`.
 */
interface Target {
  caseId: string;
  fileId: string;
}

/** Lists: anyone who reads member development somewhere; each sees only their subtree. */
const list = {
  admin: 'ok',
  farmASecretary: 'ok',
  farmsSecretary: 'ok',
  orgDeptLin: 'ok',
  farmBSecretary: 'ok',
  otherSecretary: 'ok',
  farmAMember: 403,
  anonymous: 401,
} satisfies Record<string, Outcome>;

const callers = callersOf(list);
type Caller = (typeof callers)[number];
type Route = MatrixRoute<Caller, Target, TestClient>;

/** The case: its branch's officers, the general branch and the committee above it. */
const read: Record<Caller, Outcome> = { ...list, farmBSecretary: 404, otherSecretary: 404 };
/** An officer's step; a login without a person takes none. */
const manage: Record<Caller, Outcome> = { ...read, admin: 403, orgDeptLin: 403 };
/** A step the branch or the committee's side may take. */
const officerOrSupervisor: Record<Caller, Outcome> = { ...read, admin: 403 };
/** Opening a case for a person of 甲林场党支部: their branch's officers (and those above). */
const open: Record<Caller, Outcome> = { ...manage };

const applicant = () => directory.person('applicantHe').id;

const routes: Route[] = [
  {
    name: 'POST /cases',
    call: (c) => c.post('/cases', { personId: applicant(), applicationDate: inDays(-3) }),
    expect: open,
  },
  {
    name: 'POST /cases/migrate',
    call: (c) => c.post('/cases/migrate', { personId: applicant(), applicationDate: inDays(-3), steps: [] }),
    expect: open,
  },
  { name: 'GET /cases', call: (c) => c.get('/cases'), expect: list },
  { name: 'GET /pipeline', call: (c) => c.get('/pipeline'), expect: list },
  { name: 'GET /deadlines', call: (c) => c.get('/deadlines'), expect: list },
  { name: 'GET /cases/:id', call: (c, t) => c.get(`/cases/${t.caseId}`), expect: read },
  { name: 'GET /cases/:id/dossier', call: (c, t) => c.get(`/cases/${t.caseId}/dossier`), expect: read },
  {
    name: 'GET /cases/:id/dossier.zip',
    call: (c, t) => c.download(`/cases/${t.caseId}/dossier.zip`),
    expect: read,
  },
  {
    name: 'GET /cases/:id/expected-voters',
    call: (c, t) => c.get(`/cases/${t.caseId}/expected-voters?date=${inDays(0)}`),
    expect: read,
  },
  {
    name: 'POST /cases/:id/actions (an officer’s step)',
    call: (c, t) =>
      c.post(
        `/cases/${t.caseId}/actions`,
        action({ type: 'decide_activist', date: inDays(0), recommendedBy: ['members'] }),
      ),
    expect: manage,
  },
  {
    name: 'POST /cases/:id/actions (the branch’s or the committee’s step)',
    call: (c, t) =>
      c.post(
        `/cases/${t.caseId}/actions`,
        action({
          type: 'evidence',
          step: 2,
          note: '补充材料',
          files: [{ id: t.fileId, name: '谈话记录.pdf', sha256: 'a'.repeat(64) }],
        }),
      ),
    expect: officerOrSupervisor,
  },
  {
    name: 'POST /cases/:id/actions (an administrator’s step)',
    call: (c, t) =>
      c.post(
        `/cases/${t.caseId}/actions`,
        action({
          type: 'direct_admission',
          date: inDays(0),
          authority: '中央组织部',
          reason: '特殊情况',
          files: [{ id: t.fileId, name: '批复.pdf', sha256: 'a'.repeat(64) }],
        }),
      ),
    // The administrator's own step: the login takes it without a person behind it.
    expect: { ...read, admin: 'ok', farmASecretary: 403, farmsSecretary: 403, orgDeptLin: 403 },
  },
  {
    name: 'POST /files',
    call: (c) => c.upload('材料.pdf', 'application/pdf', '%PDF-1.7\n材料', 'file', '/files'),
    // The administrator uploads the evidence of a direct admission.
    expect: list,
  },
  {
    name: 'GET /files/:id',
    call: (c, t) => c.download(`/files/${t.fileId}`),
    expect: read,
  },
  {
    name: 'GET /rules',
    call: (c) => c.get(`/rules?committeeId=${directory.org('bureau').id}`),
    expect: list,
  },
  {
    name: 'POST /rules/:committeeId/versions',
    call: (c) =>
      c.post(`/rules/${directory.org('bureau').id}/versions`, {
        effectiveFrom: inDays(30),
        settings: defaultCommitteeSettings(),
        note: '矩阵',
      }),
    expect: everyoneBut(callers, 404, { admin: 'ok', orgDeptLin: 'ok', farmAMember: 403, anonymous: 401 }),
  },
];

describeAuthorizationMatrix(
  'authorization matrix of the development service',
  {
    start: () => startDevelopmentTestApp('development_matrix'),
    callers,
    scopes: ['about the case'],
    routes,
    prepare: async (t) => {
      const caseId = await openCase(t, 'applicantZhou', { applicationDate: inDays(-20) });
      const uploaded = await t
        .as('farmASecretary')
        .upload('谈话记录.pdf', 'application/pdf', '%PDF-1.7\n谈话');
      await step(
        t,
        'farmASecretary',
        caseId,
        talk(inDays(-10), 'farmASecretary', { files: [uploaded.body] }),
      );
      return {
        client: (caller) => t.client(caller),
        targets: { 'about the case': { caseId, fileId: uploaded.body.id } },
      };
    },
  },
  ({ service: t, client }) => {
    it('lists only what each caller may see', async () => {
      const totals: Record<string, number[]> = {};
      for (const caller of callers.filter((c) => c !== 'anonymous' && c !== 'farmAMember')) {
        const cases = await client(caller).get('/cases?includeClosed=true');
        const deadlines = await client(caller).get('/deadlines?withinDays=366');
        const pipeline = await client(caller).get('/pipeline');
        const open = (pipeline.body.columns as { total: number }[]).reduce((n, c) => n + c.total, 0);
        totals[caller] = [cases.body.total, deadlines.body.total > 0 ? 1 : 0, open];
      }
      const all = totals['admin']!;
      expect(all[0]).toBeGreaterThanOrEqual(2);
      expect(totals).toEqual({
        admin: all,
        farmASecretary: all,
        farmsSecretary: all,
        orgDeptLin: all,
        farmBSecretary: [0, 0, 0],
        otherSecretary: [0, 0, 0],
      });
      for (const path of ['/cases', '/pipeline', '/deadlines', '/rules']) {
        expect((await t.anonymous().get(path)).status).toBe(401);
        expect((await t.as('farmAMember').get(path)).status).toBe(403);
      }
    });
  },
);
