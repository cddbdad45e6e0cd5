import { randomUUID } from 'node:crypto';
import { ADMIN, describeInputSafety } from '@bastion/platform-service-testing';
import { startApprovalsTestApp } from '../../testing/approvals-test-app';

/** Input that must never reach a handler, let alone a request's workflow history. */
describeInputSafety({
  service: 'approvals',
  start: () => startApprovalsTestApp('input-safety'),
  caller: 'submitter',
  opens: {
    record: 'a request',
    path: '/general-requests',
    body: () => ({
      templateId: randomUUID(),
      title: '关于购置护林防火设备的请示',
      body: '拟购置风力灭火机十台，\n请审批。',
    }),
  },
  textFields: { title: '请示', body: '请审批' },
  refusedFields: [
    { what: 'control characters in a search term', get: '/inbox?q=%E8%AF%B7%7F', field: 'q' },
    {
      what: 'a date after 2100 in a query',
      get: '/inbox?dueBefore=2101-01-01T00:00:00Z',
      field: 'dueBefore',
      problem: 'must be between 1900-01-01 and 2100-12-31',
    },
  ],
  integersBeyondTheirType: ['2147483648', '99999999999999999999', '1.5', '-1'].map((version) => ({
    what: `version ${version}`,
    get: `/templates/${randomUUID()}/versions/${version}`,
    field: 'version',
    as: ADMIN,
  })),
  uploads: ['/attachments'],
  signedInOnly: '/templates',
  notJson: { contentType: 'text/plain' },
  undeclared: { method: 'DELETE', path: '/inbox', allow: 'GET, HEAD' },
});
