import { startedForSuite } from '@bastion/platform-service-testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

const root = join(__dirname, '../../../../../..');

describe('HTTP conventions of the identity service', () => {
  const t = startedForSuite(() => startIdentityTestApp('http', smallForest()));
  let client: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    client = new TestClient(t.baseUrl);
    admin = await client.login('admin', TEST_PASSWORD);
  });

  it('answers health with 200 when the database and Temporal are reachable', async () => {
    const health = await client.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'up', database: 'up', temporal: 'up' });
  });

  it('publishes its OpenAPI document with the contract schemas', async () => {
    const docs = await client.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/identity/auth/login', '/api/identity/orgs/{id}', '/api/identity/people']),
    );
    const login = docs.body.paths['/api/identity/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    const ui = await fetch(`${t.baseUrl}/docs`);
    expect(ui.status).toBe(200);
  });

  it('refuses bad input with the field and the problem, unknown fields included', async () => {
    const response = await admin.post('/orgs', { parentId: null, kind: 'farm', name: 'x', colour: 'red' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        { field: 'kind', problem: expect.any(String) },
        { field: 'name', problem: '至少 2 个字符' },
        { field: 'colour', problem: '不认识的字段' },
      ]),
    );
  });

  it('answers a body that is not JSON with 400 and a correlation id', async () => {
    const response = await client.request('POST', '/auth/login', undefined, '{"username":');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      code: 'BAD_REQUEST',
      message: expect.any(String),
      correlationId: expect.any(String),
    });
    expect(response.headers.get('x-correlation-id')).toBe(response.body.correlationId);
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await admin.get('/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('answers an unexpected failure with a bare 500 naming only a correlation id', async () => {
    await t.db.query('ALTER TABLE identity.audit_event RENAME TO audit_event_away');
    try {
      const response = await client.post('/auth/login', { username: 'admin', password: TEST_PASSWORD });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        code: 'INTERNAL',
        message: '服务器内部错误，请稍后再试。',
        correlationId: expect.any(String),
      });
      expect(JSON.stringify(response.body)).not.toMatch(/audit_event|at .*\.ts/);
    } finally {
      await t.db.query('ALTER TABLE identity.audit_event_away RENAME TO audit_event');
    }
  });

  it('answers health with 503 when the database is gone', async () => {
    await t.db.destroy();
    const health = await client.get('/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'down', database: 'down', temporal: 'up' });
  });
});

describe('starting the identity service with a bad environment', () => {
  it('lists every bad variable and exits non-zero', () => {
    const result = spawnSync(process.execPath, ['tools/ts-node.js', 'apps/identity/src/main.ts'], {
      cwd: root,
      env: { PATH: process.env['PATH'], PORT: 'eighty', JWT_SECRET: 'short' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('identity: invalid configuration');
    for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'ID_NUMBER_KEY']) {
      expect(result.stderr).toMatch(new RegExp(`^  - ${name}: `, 'm'));
    }
  });
});
