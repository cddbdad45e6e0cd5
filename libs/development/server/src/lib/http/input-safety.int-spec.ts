import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@bastion/platform-auth';
import {
  directory,
  expectRefusedField,
  principalOf,
  itFollowsTheHttpConventions,
  itRefusesBodiesOfTheWrongType,
  startedForSuite,
} from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';

/** Input that must never reach a handler, let alone a case's workflow history or its dossier. */
describe('input the development service refuses', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('input-safety'));
  const application = (fields: Record<string, unknown>) => ({
    personId: directory.person('applicantZhou').id,
    applicationDate: '2026-03-02',
    ...fields,
  });

  it.each([
    ['a NUL', 'note', '申请书\u0000'],
    ['a lone surrogate', 'note', '申请书\udfff'],
    ['a vertical tab', 'note', '申请书\u000b'],
  ])('refuses %s in a text field of an application with 400 naming it', async (_what, field, value) => {
    expectRefusedField(
      await t.as('farmASecretary').post('/cases', application({ [field]: value })),
      field,
      expect.stringMatching(/control characters/),
    );
  });

  it('refuses a control character in a nested field and a search parameter, naming them', async () => {
    const file = { id: randomUUID(), name: '申请书\u0085.pdf', sha256: 'a'.repeat(64) };
    expectRefusedField(
      await t.as('farmASecretary').post('/cases', application({ files: [file] })),
      'files.0.name',
    );
    expectRefusedField(await t.as('farmASecretary').get('/deadlines?clock=talk%0D'), 'clock');
  });

  it('refuses a date outside 1900–2100 and an integer beyond its type', async () => {
    for (const applicationDate of ['1899-12-31', '2100-13-01', '9999-12-31']) {
      expectRefusedField(
        await t.as('farmASecretary').post('/cases', application({ applicationDate })),
        'applicationDate',
      );
    }
    expectRefusedField(
      await t.as('farmASecretary').get(`/cases/${randomUUID()}/expected-voters?date=2101-01-01`),
      'date',
      'must be between 1900-01-01 and 2100-12-31',
    );
    expect((await t.as('farmASecretary').get('/deadlines?withinDays=4294967297')).status).toBe(400);
  });

  itRefusesBodiesOfTheWrongType(() => ({
    client: t.as('farmASecretary'),
    uploads: ['/files'],
    json: { method: 'POST', path: '/cases' },
  }));

  itFollowsTheHttpConventions(() => ({
    baseUrl: t.baseUrl,
    signedInOnly: '/cases',
    notJson: {
      path: '/cases',
      contentType: 'application/xml',
      body: '<case/>',
      authorization: `Bearer ${signAccessToken(principalOf('farmASecretary'), t.env.JWT_SECRET, 60)}`,
    },
    undeclared: {
      call: () => t.as('farmASecretary').patch(`/cases/${randomUUID()}`, {}),
      allow: 'GET, HEAD',
    },
  }));
});
