import type { TestClient } from './http-client';

/** Bodies that are no multipart form, each as a client might send one to an upload route. */
const NOT_A_FORM = [
  ['application/json', JSON.stringify({ file: 'a.pdf' })],
  ['text/plain', '%PDF-1.7'],
  ['application/x-www-form-urlencoded', 'file=a.pdf'],
  ['application/pdf', '%PDF-1.7'],
] as const;

export interface BodyTypeRoutes {
  /** A client the routes let through authorization. */
  client: TestClient;
  /** The service's upload routes. */
  uploads: string[];
  /** A route that takes JSON. */
  json: { method: string; path: string };
}

/**
 * One test for a service: an upload whose body is no form is answered exactly as a JSON route
 * whose body is no JSON — the same 415, code and message (only the correlation id differs).
 */
export function itRefusesBodiesOfTheWrongType(routes: () => BodyTypeRoutes): void {
  it('answers an upload whose body is no form with the same 415 as any body of the wrong type', async () => {
    const { client, uploads, json } = routes();
    const wrongJson = answer(await client.send(json.method, json.path, 'text/plain', '{}'));
    expect(wrongJson).toEqual({
      status: 415,
      body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.any(String) },
    });
    for (const path of uploads) {
      for (const [type, body] of NOT_A_FORM) {
        expect({ path, type, ...answer(await client.send('POST', path, type, body)) }).toEqual({
          path,
          type,
          ...wrongJson,
        });
      }
    }
  });
}

function answer({ status, body }: { status: number; body: unknown }) {
  const { correlationId, ...rest } = (body ?? {}) as Record<string, unknown>;
  expect(correlationId).toEqual(expect.any(String));
  return { status, body: rest };
}
