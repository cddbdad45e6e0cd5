import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { apiDocsEnabled, serviceEnvSchema } from './service-env';

const good = {
  PORT: '3001',
  DATABASE_URL: 'postgres://bastion:secret@localhost:5432/bastion',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('returns typed values with defaults filled in', () => {
    const config = loadConfig('identity', serviceEnvSchema, good);
    expect(config.PORT).toBe(3001);
    expect(config.ROLE).toBe('all');
    expect(config.TEMPORAL_ADDRESS).toBe('localhost:7233');
  });

  it('lists every bad variable at once', () => {
    const attempt = () =>
      loadConfig('identity', serviceEnvSchema, {
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        JWT_SECRET: 'short',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^DATABASE_URL: must be a postgres:\/\/ URL/m);
      expect(problems).toMatch(/^JWT_SECRET: must be at least 32 characters/m);
    }
  });

  it('says a missing variable is required', () => {
    expect(() => loadConfig('identity', serviceEnvSchema, { ...good, JWT_SECRET: undefined })).toThrow(
      /JWT_SECRET: is required/,
    );
  });

  it('accepts a service extension of the common schema', () => {
    const schema = serviceEnvSchema.extend({ EXTRA: z.string().min(2) });
    expect(() => loadConfig('x', schema, good)).toThrow(/EXTRA: is required/);
    expect(loadConfig('x', schema, { ...good, EXTRA: 'ok' }).EXTRA).toBe('ok');
  });

  it('narrows the dates requests may carry within the contracts’ range, never beyond it', () => {
    const env = loadConfig('x', serviceEnvSchema, good);
    expect([env.DATE_MIN, env.DATE_MAX]).toEqual(['1900-01-01', '2100-12-31']);
    expect(loadConfig('x', serviceEnvSchema, { ...good, DATE_MIN: '1950-01-01' }).DATE_MIN).toBe('1950-01-01');
    expect(() => loadConfig('x', serviceEnvSchema, { ...good, DATE_MIN: '1899-12-31' })).toThrow(
      /DATE_MIN: must be between 1900-01-01 and 2100-12-31/,
    );
    expect(() => loadConfig('x', serviceEnvSchema, { ...good, DATE_MAX: '2100-13-01' })).toThrow(/DATE_MAX/);
  });

  it('serves the API docs in development and test, not in production unless asked', () => {
    const docs = (env: Record<string, string>) => apiDocsEnabled(loadConfig('x', serviceEnvSchema, { ...good, ...env }));
    expect(docs({})).toBe(true);
    expect(docs({ NODE_ENV: 'test' })).toBe(true);
    expect(docs({ NODE_ENV: 'production' })).toBe(false);
    expect(docs({ NODE_ENV: 'production', API_DOCS: 'on' })).toBe(true);
    expect(docs({ NODE_ENV: 'development', API_DOCS: 'off' })).toBe(false);
    expect(() => loadConfig('x', serviceEnvSchema, { ...good, API_DOCS: 'maybe' })).toThrow(/API_DOCS/);
  });

  it('checks sessions at an http(s) URL, remembering an answer for at most ten seconds', () => {
    expect(loadConfig('x', serviceEnvSchema, good).SESSION_CHECK_CACHE_SECONDS).toBe(5);
    expect(() => loadConfig('x', serviceEnvSchema, { ...good, SESSION_CHECK_URL: 'ftp://identity' })).toThrow(
      /SESSION_CHECK_URL: must be an http\(s\):\/\/ URL/,
    );
    expect(() => loadConfig('x', serviceEnvSchema, { ...good, SESSION_CHECK_CACHE_SECONDS: '60' })).toThrow(
      /SESSION_CHECK_CACHE_SECONDS/,
    );
  });
});
