import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@bastion/platform-auth';
import {
  ADMIN,
  expectRefusedField,
  principalOf,
  itFollowsTheHttpConventions,
  itRefusesBodiesOfTheWrongType,
  startedForSuite,
} from '@bastion/platform-service-testing';
import { startApprovalsTestApp } from '../../testing/approvals-test-app';

/** Input that must never reach a handler, let alone a request's workflow history. */
describe('input the approvals service refuses', () => {
  const t = startedForSuite(() => startApprovalsTestApp('input-safety'));
  const request = (fields: Record<string, unknown>) => ({
    templateId: randomUUID(),
    title: '关于购置护林防火设备的请示',
    body: '拟购置风力灭火机十台，\n请审批。',
    ...fields,
  });

  it.each([
    ['a NUL', 'title', '请示\u0000'],
    ['a lone surrogate', 'body', '请\udc00审批'],
    ['an escape character', 'body', '请\u001b[31m审批'],
  ])('refuses %s in a text field of a request with 400 naming it', async (_what, field, value) => {
    expectRefusedField(
      await t.as('submitter').post('/general-requests', request({ [field]: value })),
      field,
      expect.stringMatching(/control characters/),
    );
  });

  it('refuses control characters in a search term, naming it', async () => {
    expectRefusedField(await t.as('submitter').get('/inbox?q=%E8%AF%B7%7F'), 'q');
  });

  it('refuses a date outside 1900–2100 and an integer beyond its type', async () => {
    expectRefusedField(
      await t.as('submitter').get('/inbox?dueBefore=2101-01-01T00:00:00Z'),
      'dueBefore',
      'must be between 1900-01-01 and 2100-12-31',
    );
    for (const version of ['2147483648', '99999999999999999999', '1.5', '-1']) {
      const response = await t.as(ADMIN).get(`/templates/${randomUUID()}/versions/${version}`);
      expect(response.status).toBe(400);
      expect(new Set(response.body.details.map((d: { field: string }) => d.field))).toEqual(
        new Set(['version']),
      );
    }
  });

  itRefusesBodiesOfTheWrongType(() => ({
    client: t.as('submitter'),
    uploads: ['/attachments'],
    json: { method: 'POST', path: '/general-requests' },
  }));

  itFollowsTheHttpConventions(() => ({
    baseUrl: t.baseUrl,
    signedInOnly: '/templates',
    notJson: {
      path: '/general-requests',
      contentType: 'text/plain',
      body: JSON.stringify(request({})),
      authorization: `Bearer ${signAccessToken(principalOf('submitter'), t.env.JWT_SECRET, 60)}`,
    },
    undeclared: { call: () => t.as('submitter').request('DELETE', '/inbox'), allow: 'GET, HEAD' },
  }));
});
