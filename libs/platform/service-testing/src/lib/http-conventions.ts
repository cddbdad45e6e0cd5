/** A call's answer as the checks read it. */
interface Answer {
  status: number;
  headers: Headers;
  body: { code?: string } | undefined;
}

export interface HttpConventionRoutes {
  /** The service's API root (`…/api/<service>`). */
  baseUrl: string;
  /** A route that refuses a caller without a token. */
  signedInOnly: string;
  /** A JSON route sent a body of another type, with what lets it through authorization. */
  notJson: { path: string; contentType: string; body: string; authorization: string };
  /** A route called with a method it does not declare, and the methods it does (`Allow`). */
  undeclared: { call: () => Promise<Answer>; allow: string };
}

/**
 * Two tests every service passes alike: a refusal is worded in the caller's language (English when
 * asked for, Chinese by default), a body that is not JSON is answered 415, and a method a route
 * does not declare 405 with the methods it does.
 */
export function itFollowsTheHttpConventions(routes: () => HttpConventionRoutes): void {
  it('words a refusal in the caller language: English when asked for, Chinese by default', async () => {
    const { baseUrl, signedInOnly } = routes();
    const english = await fetch(`${baseUrl}${signedInOnly}`, { headers: { 'accept-language': 'en-US' } });
    expect([english.status, await english.json()]).toEqual([
      401,
      expect.objectContaining({ code: 'UNAUTHENTICATED', message: 'Sign in first.' }),
    ]);
    const unnamed = await fetch(`${baseUrl}${signedInOnly}`);
    expect([unnamed.status, await unnamed.json()]).toEqual([
      401,
      expect.objectContaining({ code: 'UNAUTHENTICATED', message: '请先登录。' }),
    ]);
  });

  it('answers a body that is not JSON with 415 and an undeclared method with 405 and Allow', async () => {
    const { baseUrl, notJson, undeclared } = routes();
    const response = await fetch(`${baseUrl}${notJson.path}`, {
      method: 'POST',
      headers: { 'content-type': notJson.contentType, authorization: notJson.authorization },
      body: notJson.body,
    });
    expect(response.status).toBe(415);
    const refused = await undeclared.call();
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe(undeclared.allow);
    expect(refused.body?.code).toBe('METHOD_NOT_ALLOWED');
  });
}
