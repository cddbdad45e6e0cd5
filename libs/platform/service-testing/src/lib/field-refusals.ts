import type { TestResponse } from './http-client';

/**
 * A 400 whose details name `field` and nothing else, with `problem` (a text or a matcher; any text
 * unless given): what every service answers for one bad field of a body, a query or a path.
 */
export function expectRefusedField(response: TestResponse, field: string, problem: unknown = expect.any(String)) {
  expect(response.status).toBe(400);
  expect((response.body as { details: unknown }).details).toEqual([{ field, problem }]);
}
