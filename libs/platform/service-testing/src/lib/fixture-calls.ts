/* eslint-disable @typescript-eslint/no-explicit-any -- a fixture answers the body its caller expects; typing each one adds nothing */
import { randomUUID } from 'node:crypto';
import { eventually } from './eventually';
import type { TestClient } from './http-client';
import type { PersonKey } from './identity-directory';

/** A service under test, as the fixtures call it: a client for a person of the test directory. */
interface CalledService {
  as(who: PersonKey): TestClient;
}

/**
 * POSTs `body` to `path` and answers the body of the service's answer, or the test fails there,
 * naming the call and what the service answered instead of `status`.
 */
export async function posted<T = any>(
  client: TestClient,
  status: number,
  path: string,
  body: unknown,
): Promise<T> {
  const response = await client.post(path, body);
  if (response.status !== status) {
    throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}

/** POSTs `body` to `path` as `posted` does, expecting 201, and answers the id of the record made. */
export async function createdId(client: TestClient, path: string, body: unknown): Promise<string> {
  const { id } = await posted<{ id: string }>(client, 201, path, body);
  return id;
}

/** An action of a type as the services' action routes take it, with a fresh idempotency key. */
export function keyedAction(type: string, over: Record<string, unknown> = {}) {
  return { type, idempotencyKey: `key-${randomUUID()}`, ...over };
}

/**
 * How the tests of a service read one kind of record at `path(id)`: as a person (`usualReader`
 * unless another is named), and again until its read model shows what the test waits for.
 */
export function recordReader<V>(path: (id: string) => string, usualReader: PersonKey) {
  const read = (t: CalledService, id: string, who: PersonKey = usualReader): Promise<V> =>
    t
      .as(who)
      .get(path(id))
      .then((r) => r.body as V);
  const when = (
    t: CalledService,
    id: string,
    done: (view: V) => boolean,
    what: string,
    who: PersonKey = usualReader,
  ): Promise<V> => eventually(() => read(t, id, who), done, what);
  return { read, when };
}
