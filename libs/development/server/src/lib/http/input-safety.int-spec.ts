import { randomUUID } from 'node:crypto';
import { describeInputSafety, directory } from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';

/** Input that must never reach a handler, let alone a case's workflow history or its dossier. */
describeInputSafety({
  service: 'development',
  start: () => startDevelopmentTestApp('input-safety'),
  caller: 'farmASecretary',
  opens: {
    record: 'an application',
    path: '/cases',
    body: () => ({ personId: directory.person('applicantZhou').id, applicationDate: '2026-03-02' }),
  },
  textFields: { note: '申请书' },
  refusedFields: [
    {
      what: 'a control character in a nested field',
      body: { files: [{ id: randomUUID(), name: '申请书\u0085.pdf', sha256: 'a'.repeat(64) }] },
      field: 'files.0.name',
    },
    { what: 'a control character in a search parameter', get: '/deadlines?clock=talk%0D', field: 'clock' },
    ...['1899-12-31', '2100-13-01', '9999-12-31'].map((applicationDate) => ({
      what: `the application date ${applicationDate}`,
      body: { applicationDate },
      field: 'applicationDate',
    })),
    {
      what: 'a date after 2100 in a query',
      get: `/cases/${randomUUID()}/expected-voters?date=2101-01-01`,
      field: 'date',
      problem: 'must be between 1900-01-01 and 2100-12-31',
    },
  ],
  integersBeyondTheirType: [
    { what: 'withinDays 4294967297', get: '/deadlines?withinDays=4294967297', field: 'withinDays' },
  ],
  uploads: ['/files'],
  signedInOnly: '/cases',
  notJson: { contentType: 'application/xml', body: '<case/>' },
  undeclared: { method: 'PATCH', path: `/cases/${randomUUID()}`, body: {}, allow: 'GET, HEAD' },
});
