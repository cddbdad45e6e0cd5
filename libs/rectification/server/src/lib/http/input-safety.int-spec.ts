import { randomUUID } from 'node:crypto';
import { ADMIN, describeInputSafety, directory } from '@bastion/platform-service-testing';
import { startRectificationTestApp } from '../../testing/rectification-test-app';

/** Input that must never reach a handler, let alone an item's workflow history or the ledger export. */
describeInputSafety({
  service: 'rectification',
  start: () => startRectificationTestApp('input-safety'),
  caller: ADMIN,
  opens: {
    record: 'a batch',
    path: '/batches',
    body: () => ({
      source: 'self_inspection',
      title: '红星林场党支部自查问题',
      feedbackDate: '2026-03-02',
      inspectedOrgId: directory.org('farmA').id,
    }),
  },
  textFields: { title: '自查问题', idempotencyKey: 'key-12345' },
  refusedFields: [
    { what: 'control characters in a search term', get: '/items?q=%E8%87%AA%08', field: 'q' },
    { what: 'control characters in a path parameter', get: '/items/ZG2026%00', field: 'id' },
    {
      what: 'a date after 2100 in a body',
      body: { feedbackDate: '2101-01-01' },
      field: 'feedbackDate',
      problem: 'must be between 1900-01-01 and 2100-12-31',
    },
    {
      what: 'a date before 1900 in a query',
      get: '/items?dueFrom=1899-12-31',
      field: 'dueFrom',
      problem: 'must be between 1900-01-01 and 2100-12-31',
    },
  ],
  integersBeyondTheirType: [{ what: 'limit 2147483648', get: '/items?limit=2147483648', field: 'limit' }],
  uploads: ['/files', `/batches/${randomUUID()}/import`],
  signedInOnly: '/batches',
  notJson: { contentType: 'text/csv', body: 'source,title\nself_inspection,x' },
  undeclared: { method: 'DELETE', path: `/items/${randomUUID()}`, allow: 'GET, HEAD' },
});
