import { callersOf, everyoneBut, matrixCases, outcomeOf, refusedWhereSeen } from './authorization-matrix';

describe('the authorization matrix', () => {
  const call = () => Promise.resolve({ status: 200 });

  it('checks every route for every caller in every scope', () => {
    const cases = matrixCases({
      callers: ['reader', 'stranger'],
      scopes: ['inside', 'outside'],
      routes: [
        { name: 'GET /a', call, expect: { reader: ['ok', 404], stranger: [404, 404] } },
        { name: 'PATCH /a', call, expect: { reader: [403, 404], stranger: [404, 403] } },
      ],
    });
    expect(cases.map((c) => `${c.route.name} ${c.caller} ${c.scope} ${c.outcome}`)).toEqual([
      'GET /a reader inside ok',
      'GET /a reader outside 404',
      'GET /a stranger inside 404',
      'GET /a stranger outside 404',
      'PATCH /a reader inside 403',
      'PATCH /a reader outside 404',
      'PATCH /a stranger inside 404',
      'PATCH /a stranger outside 403',
    ]);
  });

  it('takes one outcome per caller for a matrix of one scope', () => {
    const cases = matrixCases({
      callers: ['admin', 'anonymous'],
      scopes: ['the case'],
      routes: [{ name: 'GET /cases', call, expect: { admin: 'ok', anonymous: 401 } }],
    });
    expect(cases.map((c) => c.outcome)).toEqual(['ok', 401]);
  });

  it('refuses a row whose outcomes do not match the scopes', () => {
    expect(() =>
      matrixCases({
        callers: ['admin'],
        scopes: ['inside', 'outside'],
        routes: [{ name: 'GET /a', call, expect: { admin: ['ok'] } }],
      }),
    ).toThrow('GET /a as admin: 1 outcomes for 2 scopes');
  });

  it('reads a refusal of authorization from the status, anything else as past it', () => {
    expect([200, 204, 400, 401, 403, 404, 409, 422].map(outcomeOf)).toEqual([
      'ok',
      'ok',
      'ok',
      401,
      403,
      404,
      'ok',
      'ok',
    ]);
  });

  it('names the callers once, as the rows of the first table', () => {
    expect(callersOf({ admin: 'ok', reader: 404, anonymous: 401 })).toEqual(['admin', 'reader', 'anonymous']);
  });

  it('gives every caller one outcome but those named', () => {
    expect(everyoneBut(['admin', 'reader', 'anonymous'], 403, { admin: 'ok', anonymous: 401 })).toEqual({
      admin: 'ok',
      reader: 403,
      anonymous: 401,
    });
  });

  it('refuses a deed with 403 wherever the caller sees the record, and keeps every other outcome', () => {
    expect(refusedWhereSeen({ admin: ['ok', 'ok'], reader: ['ok', 404], anonymous: [401, 401] })).toEqual({
      admin: [403, 403],
      reader: [403, 404],
      anonymous: [401, 401],
    });
    expect(refusedWhereSeen({ admin: 'ok', reader: 404 })).toEqual({ admin: 403, reader: 404 });
  });
});
