import type { TestClient } from './http-client';

/**
 * A service under test answers its health check with its database and Temporal up, and its
 * OpenAPI document describes at least these paths (`/api/<service>/…`).
 */
export async function expectHealthAndDocs(service: { anonymous(): TestClient }, paths: string[]) {
  expect((await service.anonymous().get('/health')).body).toEqual({
    status: 'up',
    database: 'up',
    temporal: 'up',
  });
  const docs = await service.anonymous().get('/docs-json');
  expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(paths));
}
