import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@bastion/platform-auth';
import {
  ADMIN,
  expectRefusedField,
  directory,
  itFollowsTheHttpConventions,
  itRefusesBodiesOfTheWrongType,
  startedForSuite,
} from '@bastion/platform-service-testing';
import { startRectificationTestApp } from '../../testing/rectification-test-app';

/** Input that must never reach a handler, let alone an item's workflow history or the ledger export. */
describe('input the rectification service refuses', () => {
  const t = startedForSuite(() => startRectificationTestApp('input-safety'));
  const batch = (fields: Record<string, unknown>) => ({
    source: 'self_inspection',
    title: '红星林场党支部自查问题',
    feedbackDate: '2026-03-02',
    inspectedOrgId: directory.org('farmA').id,
    ...fields,
  });

  it.each([
    ['a NUL', 'title', '自查\u0000问题'],
    ['a lone surrogate', 'title', '自查\ud83d问题'],
    ['a form feed', 'idempotencyKey', 'key-\u000c-12345'],
  ])('refuses %s in a text field of a batch with 400 naming it', async (_what, field, value) => {
    expectRefusedField(
      await t.as(ADMIN).post('/batches', batch({ [field]: value })),
      field,
      expect.stringMatching(/control characters/),
    );
  });

  it('refuses control characters in a search term and a path parameter, naming them', async () => {
    expectRefusedField(await t.as(ADMIN).get('/items?q=%E8%87%AA%08'), 'q');
    expectRefusedField(await t.as(ADMIN).get('/items/ZG2026%00'), 'id');
  });

  it('refuses a date outside 1900–2100 in a body or a query, and an integer beyond its type', async () => {
    expectRefusedField(
      await t.as(ADMIN).post('/batches', batch({ feedbackDate: '2101-01-01' })),
      'feedbackDate',
      'must be between 1900-01-01 and 2100-12-31',
    );
    expectRefusedField(
      await t.as(ADMIN).get('/items?dueFrom=1899-12-31'),
      'dueFrom',
      'must be between 1900-01-01 and 2100-12-31',
    );
    expect((await t.as(ADMIN).get('/items?limit=2147483648')).status).toBe(400);
  });

  itRefusesBodiesOfTheWrongType(() => ({
    client: t.as(ADMIN),
    uploads: ['/files', `/batches/${randomUUID()}/import`],
    json: { method: 'POST', path: '/batches' },
  }));

  itFollowsTheHttpConventions(() => ({
    baseUrl: t.baseUrl,
    signedInOnly: '/batches',
    notJson: {
      path: '/batches',
      contentType: 'text/csv',
      body: 'source,title\nself_inspection,x',
      authorization: `Bearer ${signAccessToken(ADMIN, t.env.JWT_SECRET, 60)}`,
    },
    undeclared: { call: () => t.as(ADMIN).request('DELETE', `/items/${randomUUID()}`), allow: 'GET, HEAD' },
  }));
});
