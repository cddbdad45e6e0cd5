import { readFuzzReport } from './fuzz-report';

const scenario = (label: string, statuses: number[], failed: string[] = []) =>
  JSON.stringify({
    ScenarioFinished: {
      recorder: {
        label,
        interactions: Object.fromEntries(statuses.map((s, i) => [`c${i}`, { response: { status_code: s } }])),
        checks: {
          c0: [
            { name: 'not_a_server_error', status: 'success' },
            ...failed.map((name) => ({ name, status: 'failure' })),
          ],
        },
      },
    },
  });

describe('reading a fuzz run', () => {
  it('counts every request, every 5xx and each failed check once per operation', () => {
    const ndjson = [
      JSON.stringify({ SuiteStarted: {} }),
      scenario('GET /a', [200, 400, 404]),
      scenario('POST /b', [500, 400], ['not_a_server_error', 'response_schema_conformance']),
      scenario('POST /b', [400], ['response_schema_conformance']),
      JSON.stringify({ ScenarioFinished: { recorder: { label: 'GET /c' } } }),
      '',
    ].join('\n');
    expect(readFuzzReport(ndjson)).toEqual({
      requests: 6,
      serverErrors: 1,
      failures: ['not_a_server_error on POST /b', 'response_schema_conformance on POST /b'],
    });
  });
});
