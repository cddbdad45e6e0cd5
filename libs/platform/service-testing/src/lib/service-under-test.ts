import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signAccessToken, type Principal } from '@bastion/platform-auth';
import { loadConfig, type ServiceEnv } from '@bastion/platform-config';
import { createServiceApp, type ServiceProgram } from '@bastion/platform-http';
import { freshDatabase, temporalAddress } from '@bastion/platform-testing';
import { TestClient } from './http-client';
import { ADMIN, type PersonKey, principalOf } from './identity-directory';

export interface ServiceUnderTestOptions<E extends ServiceEnv> {
  /** The service as its `main.ts` runs it: its API is at `/api/<name>`. */
  program: ServiceProgram<E>;
  /** The service's own variables, and any common one a test sets otherwise. */
  env?: Record<string, string>;
  /** A fresh database under this label, unless `env` names one (a service beside another shares its database). */
  label?: string;
  /** Variables naming a folder made for the test (`FILES_DIR`), removed when the service stops. */
  folders?: readonly string[];
  /** Where the service takes uploads (`/attachments`, `/files`). */
  uploadPath?: string;
}

/** Who a test calls as: a person of the test directory, the administrator, or nobody (no token). */
export type TestCaller = PersonKey | 'admin' | 'anonymous';

export interface ServiceUnderTest<E extends ServiceEnv> {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  env: E;
  /** A client signed in as a person of the test directory, or as any principal. */
  as(who: PersonKey | Principal): TestClient;
  /** A client without a token. */
  anonymous(): TestClient;
  /** A client for one of the callers an authorization matrix names. */
  client(caller: TestCaller): TestClient;
  /** Stops the service and removes its folders. */
  close(): Promise<void>;
}

/**
 * A service booted the way its `main.ts` boots it (same bootstrap, real PostgreSQL, real
 * Temporal), listening on a free port of the loopback interface.
 */
export async function startServiceUnderTest<E extends ServiceEnv>(
  options: ServiceUnderTestOptions<E>,
): Promise<ServiceUnderTest<E>> {
  const { program } = options;
  const folders = Object.fromEntries(
    (options.folders ?? []).map((name) => [name, mkdtempSync(join(tmpdir(), `bastion-${program.name}-`))]),
  );
  const given = options.env ?? {};
  const env = loadConfig(program.name, program.envSchema, {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: given['DATABASE_URL'] ?? (await freshDatabase(options.label ?? program.name)),
    TEMPORAL_ADDRESS: temporalAddress(),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'error',
    SHUTDOWN_GRACE_SECONDS: '5',
    ...folders,
    ...given,
  }) as E;
  const app = await createServiceApp(
    program.rootModule(env),
    { ...env, SERVICE: program.name },
    program.description,
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}/api/${program.name}`;
  const token = (who: PersonKey | Principal) =>
    signAccessToken(typeof who === 'string' ? principalOf(who) : who, env.JWT_SECRET, 600);
  const as = (who: PersonKey | Principal) => new TestClient(baseUrl, token(who), options.uploadPath);
  const anonymous = () => new TestClient(baseUrl, undefined, options.uploadPath);
  return {
    app,
    baseUrl,
    db: app.get<DataSource>(getDataSourceToken()),
    env,
    as,
    anonymous,
    client: (caller) => (caller === 'anonymous' ? anonymous() : as(caller === 'admin' ? ADMIN : caller)),
    async close() {
      await app.close();
      for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
    },
  };
}
