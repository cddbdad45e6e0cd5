import { Controller, Get, Module, Post } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { loadConfig, serviceEnvSchema } from '@bastion/platform-config';
import { createServiceApp } from './bootstrap';
import { RateLimitedError } from './rate-limit';
import { REFUSAL_LISTENER, type RefusalListener } from './refusal-listener';

@Controller('probe')
class ProbeController {
  @Get()
  ping(): { ok: boolean } {
    return { ok: true };
  }

  @Post('attempt')
  attempt(): never {
    throw new RateLimitedError(42);
  }
}

@Module({
  controllers: [ProbeController],
  providers: [
    { provide: REFUSAL_LISTENER, useValue: { refused: () => Promise.resolve() } satisfies RefusalListener },
  ],
})
class ProbeModule {}

/** A service app built by the platform's bootstrap, as every service is, on a free port. */
async function probeApp(env: Record<string, string>): Promise<{ app: INestApplication; url: string }> {
  const config = loadConfig('probe', serviceEnvSchema, {
    PORT: '0',
    DATABASE_URL: 'postgres://unused@localhost/unused',
    JWT_SECRET: 'x'.repeat(32),
    LOG_LEVEL: 'error',
    ...env,
  });
  const app = await createServiceApp(
    ProbeModule,
    { ...config, SERVICE: 'probe' },
    { title: 'probe', description: 'probe' },
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}/api/probe` };
}

describe('every API response', () => {
  let probe: { app: INestApplication; url: string };
  beforeAll(async () => (probe = await probeApp({ NODE_ENV: 'production' })));
  afterAll(() => probe.app.close());

  it.each([
    ['an answer', 'GET', '/probe', 200],
    ['an unknown path', 'GET', '/nothing-here', 404],
    ['a refusal', 'POST', '/probe/attempt', 429],
  ])('is neither stored nor sniffed: %s', async (_what, method, path, status) => {
    const response = await fetch(`${probe.url}${path}`, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('says when to try again after too many attempts', async () => {
    const response = await fetch(`${probe.url}/probe/attempt`, { method: 'POST' });
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.json()).toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('the OpenAPI docs', () => {
  const docsStatus = async (env: Record<string, string>): Promise<number> => {
    const { app, url } = await probeApp(env);
    try {
      return (await fetch(`${url}/docs-json`)).status;
    } finally {
      await app.close();
    }
  };

  it('are off in production', async () => {
    expect(await docsStatus({ NODE_ENV: 'production' })).toBe(404);
  });

  it('are on in production when API_DOCS=on', async () => {
    expect(await docsStatus({ NODE_ENV: 'production', API_DOCS: 'on' })).toBe(200);
  });

  it('are on in development and test unless API_DOCS=off', async () => {
    expect(await docsStatus({ NODE_ENV: 'development' })).toBe(200);
    expect(await docsStatus({ NODE_ENV: 'test', API_DOCS: 'off' })).toBe(404);
  });
});
