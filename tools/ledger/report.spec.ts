import { formatVerdict, parseTarget } from './report';

const requestId = '11111111-1111-4111-8111-111111111111';

describe('the ledger verify command', () => {
  it('reads a request id or --all, and nothing else', () => {
    expect(parseTarget([requestId.toUpperCase()])).toEqual({ kind: 'one', requestId });
    expect(parseTarget(['--all'])).toEqual({ kind: 'all' });
    expect(parseTarget([])).toBeNull();
    expect(parseTarget(['SP2026-000001'])).toBeNull();
    expect(parseTarget([requestId, '--all'])).toBeNull();
  });

  it('prints an intact chain on one line', () => {
    expect(formatVerdict({ requestId, rows: 7, intact: true, problems: [] })).toBe(
      `${requestId}: intact (7 rows)`,
    );
  });

  it('prints each problem of a broken chain under it', () => {
    expect(
      formatVerdict({
        requestId,
        rows: 6,
        intact: false,
        problems: [
          { seq: 4, problem: 'expected row 3 here: a row is missing' },
          { seq: 4, problem: 'does not link to the row before it' },
        ],
      }),
    ).toBe(
      [
        `${requestId}: BROKEN (6 rows, 2 problems)`,
        '  row 4: expected row 3 here: a row is missing',
        '  row 4: does not link to the row before it',
      ].join('\n'),
    );
  });
});
