import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { serviceEnvSchema } from './service-env';

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
});
