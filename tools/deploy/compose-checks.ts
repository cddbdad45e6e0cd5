import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ServiceApp } from '../dev/services';

/** The parts of a Compose file these checks read. */
export interface ComposeFile {
  services: Record<string, ComposeService>;
  [key: string]: unknown;
}

export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  environment?: Record<string, string | number | boolean | null> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition: string }>;
  volumes?: (string | { type: string; source?: string })[];
  [key: string]: unknown;
}

/** What the stack must provide for one service app, beyond its compose block. */
export interface ServiceAppChecks {
  apps: ServiceApp[];
  /** Validates a service app's environment as the app does at start; returns the problems. */
  envProblems: (app: string, env: Record<string, string>) => string[];
  nginxConf: string;
  /** Directory the compose file lives in (build contexts and bind mounts are relative to it). */
  root: string;
}

export class InterpolationError extends Error {}

/**
 * Compose's variable interpolation (compose-spec "Interpolation"): `$$`, `$VAR`, `${VAR}`,
 * `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`.
 */
export function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_match, dollar?: string, name?: string, operator?: string, argument = '', bare?: string) => {
      if (dollar) return '$';
      if (bare) return env[bare] ?? '';
      const raw = env[name!];
      const unset = raw === undefined;
      const missing = operator?.startsWith(':') ? unset || raw === '' : unset;
      switch (operator?.replace(':', '')) {
        case '-':
          return missing ? argument : raw!;
        case '?':
          if (missing) throw new InterpolationError(`${name}: ${argument || 'required variable is not set'}`);
          return raw!;
        case '+':
          return missing ? '' : argument;
        default:
          return raw ?? '';
      }
    },
  );
}

/** Applies `interpolate` to every string value (not keys), as Compose does after parsing. */
export function interpolateValues<T>(node: T, env: Record<string, string | undefined>): T {
  if (typeof node === 'string') return interpolate(node, env) as T;
  if (Array.isArray(node)) return node.map((item: unknown) => interpolateValues(item, env)) as T;
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, interpolateValues(value, env)]),
    ) as T;
  }
  return node;
}

/** Parses a Compose file (YAML merge keys resolved) and interpolates it with `env`. */
export function loadCompose(text: string, env: Record<string, string | undefined>): ComposeFile {
  return interpolateValues(parse(text, { merge: true }) as ComposeFile, env);
}

export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function dependencies(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d.condition]));
}

function buildOf(service: ComposeService) {
  if (!service.build) return undefined;
  const build = typeof service.build === 'string' ? { context: service.build } : service.build;
  const args = Array.isArray(build.args)
    ? Object.fromEntries(build.args.map((a) => a.split('=', 2) as [string, string]))
    : (build.args ?? {});
  return { context: build.context ?? '.', dockerfile: build.dockerfile ?? 'Dockerfile', args };
}

function healthcheckText(service: ComposeService): string | undefined {
  const check = service.healthcheck;
  if (!check || check.disable || !check.test) return undefined;
  const test = Array.isArray(check.test) ? check.test : [check.test];
  return test[0] === 'NONE' ? undefined : test.join(' ');
}

/** `name:tag` of an image reference, ignoring any registry host and digest. */
function imageParts(image: string): { name: string; tag?: string } {
  const withoutDigest = image.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash
    ? { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) }
    : { name: withoutDigest };
}

function servicesWithImage(compose: ComposeFile, imageName: string): [string, ComposeService][] {
  return Object.entries(compose.services).filter(
    ([, s]) => s.image !== undefined && imageParts(s.image).name === imageName,
  );
}

/**
 * Routes of the form `location /api/<name>/ { … }` in an nginx config, with the URL each one
 * proxies to (`proxy_pass <url>` or `set $var <url>; proxy_pass $var;`).
 */
export function nginxApiRoutes(conf: string): Map<string, string | undefined> {
  const routes = new Map<string, string | undefined>();
  const withoutComments = conf.replace(/#[^\n]*/g, '');
  for (const match of withoutComments.matchAll(/location\s+\/api\/([a-z0-9-]+)\/\s*\{([^}]*)\}/g)) {
    const [, name, body] = match;
    const pass = /proxy_pass\s+([^;\s]+)\s*;/.exec(body!)?.[1];
    let target = pass;
    if (pass?.startsWith('$')) {
      const variable = pass.slice(1).replace(/[{}]/g, '');
      target = new RegExp(`set\\s+\\$${variable}\\s+([^;\\s]+)\\s*;`).exec(body!)?.[1];
    }
    routes.set(name!, target);
  }
  return routes;
}

/**
 * Everything the deployment needs that a schema cannot express. Returns one readable line per
 * problem; an empty list means the compose file, the nginx config and the service list agree.
 */
export function composeProblems(compose: ComposeFile, checks: ServiceAppChecks): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};
  const problem = (text: string) => problems.push(text);

  // Infrastructure.
  const postgres = servicesWithImage(compose, 'postgres');
  if (postgres.length !== 1) problem('expected exactly one PostgreSQL service (image postgres:<tag>)');
  for (const [name, service] of postgres) {
    if (!healthcheckText(service)) problem(`${name}: PostgreSQL needs a healthcheck`);
    const volume = (service.volumes ?? []).some(
      (v) => typeof v === 'string' && /^[A-Za-z0-9][\w.-]*:\/var\/lib\/postgresql/.test(v),
    );
    if (!volume) problem(`${name}: PostgreSQL data must live in a named volume`);
  }

  const temporal = servicesWithImage(compose, 'temporalio/server');
  if (temporal.length !== 1) problem('expected exactly one Temporal server (image temporalio/server:<tag>)');
  for (const [name, service] of temporal) {
    if (!healthcheckText(service)) problem(`${name}: the Temporal server needs a healthcheck`);
    const serverTag = imageParts(service.image!).tag;
    const schemaJobs = Object.entries(dependencies(service)).filter(
      ([dep, condition]) =>
        condition === 'service_completed_successfully' &&
        services[dep]?.image !== undefined &&
        imageParts(services[dep].image).name === 'temporalio/admin-tools',
    );
    if (schemaJobs.length === 0) {
      problem(
        `${name}: must wait for a schema set-up job (temporalio/admin-tools, service_completed_successfully)`,
      );
    }
    for (const [dep] of schemaJobs) {
      const toolsTag = imageParts(services[dep]!.image!).tag;
      if (toolsTag !== serverTag)
        problem(`${dep}: admin-tools ${toolsTag} does not match server ${serverTag}`);
    }
  }
  if (servicesWithImage(compose, 'temporalio/ui').length !== 1)
    problem('expected one Temporal UI (temporalio/ui)');

  // Third-party images are pinned to a version.
  for (const [name, service] of Object.entries(services)) {
    if (!service.image || service.build) continue;
    const tag = imageParts(service.image).tag;
    if (!tag || tag === 'latest' || !/\d/.test(tag)) problem(`${name}: pin ${service.image} to a version`);
  }

  // Everything that is built has its Dockerfile and its own ignore file.
  for (const [name, service] of Object.entries(services)) {
    const build = buildOf(service);
    if (!build) continue;
    const dockerfile = join(checks.root, build.context, build.dockerfile);
    if (!existsSync(dockerfile)) problem(`${name}: ${build.dockerfile} does not exist`);
    const ignoreFile = `${dockerfile}.dockerignore`;
    if (!existsSync(join(checks.root, build.context, '.dockerignore')) && !existsSync(ignoreFile)) {
      problem(`${name}: no ${build.dockerfile}.dockerignore, the whole working tree would be sent`);
    }
  }

  // Bind-mounted files and directories exist.
  for (const [name, service] of Object.entries(services)) {
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0]! : volume.source;
      if (source && /^\.{1,2}\//.test(source) && !existsSync(join(checks.root, source))) {
        problem(`${name}: bind mount source ${source} does not exist`);
      }
    }
  }

  // One container per service app, built from the service Dockerfile, healthy only when it is.
  const routes = nginxApiRoutes(checks.nginxConf);
  for (const app of checks.apps) {
    const service = services[app.name];
    if (!service) {
      problem(`${app.name}: no compose service for this service app (tools/dev/services.ts)`);
      continue;
    }
    const build = buildOf(service);
    if (build?.dockerfile !== 'tools/deploy/service.Dockerfile' || build.args['SERVICE'] !== app.name) {
      problem(`${app.name}: must be built from tools/deploy/service.Dockerfile with SERVICE=${app.name}`);
    }
    const env = environmentOf(service);
    if (env['NODE_ENV'] !== 'production') problem(`${app.name}: NODE_ENV must be production`);
    if (env['PORT'] !== String(app.defaultPort)) {
      problem(`${app.name}: PORT should be ${app.defaultPort}, as in development (found ${env['PORT']})`);
    }
    for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS']) {
      if (!env[name]) problem(`${app.name}: ${name} must be set`);
    }
    if (env['DATABASE_URL'] && !URL.parse(env['DATABASE_URL'])?.password && !env['PGPASSWORD']) {
      problem(`${app.name}: the database password is neither in DATABASE_URL nor in PGPASSWORD`);
    }
    for (const text of checks.envProblems(app.name, env)) problem(`${app.name}: environment: ${text}`);
    const identity = checks.apps.find((a) => a.name === 'identity');
    if (app.name !== 'identity' && identity) {
      const expected = `http://identity:${identity.defaultPort}`;
      if (env['SESSION_CHECK_URL'] !== expected)
        problem(`${app.name}: SESSION_CHECK_URL must be ${expected}, so that logout ends access at once`);
    }

    const health = healthcheckText(service);
    if (!health) problem(`${app.name}: no healthcheck`);
    else if (!health.includes(`:${env['PORT']}/api/${app.name}/health`)) {
      problem(`${app.name}: the healthcheck must probe :${env['PORT']}/api/${app.name}/health`);
    }

    const deps = dependencies(service);
    for (const [dep, image, condition] of [
      ['postgres', 'postgres', 'service_healthy'],
      ['temporal', 'temporalio/server', 'service_healthy'],
    ] as const) {
      const match = Object.entries(deps).find(
        ([name]) => services[name]?.image && imageParts(services[name].image).name === image,
      );
      if (!match || match[1] !== condition) problem(`${app.name}: must depend on ${dep} (${condition})`);
    }

    const target = routes.get(app.name);
    if (!routes.has(app.name)) problem(`${app.name}: nginx.conf has no "location /api/${app.name}/"`);
    else if (target !== `http://${app.name}:${env['PORT']}`) {
      problem(
        `${app.name}: nginx.conf proxies /api/${app.name}/ to ${target}, not http://${app.name}:${env['PORT']}`,
      );
    }
  }
  for (const name of routes.keys()) {
    if (!checks.apps.some((app) => app.name === name))
      problem(`nginx.conf routes /api/${name}/ to no service app`);
  }

  // The console behind nginx.
  const consoleService = Object.entries(services).find(
    ([, s]) => buildOf(s)?.dockerfile === 'tools/deploy/console.Dockerfile',
  );
  if (!consoleService)
    problem('no service is built from tools/deploy/console.Dockerfile (the console and nginx)');
  else if (!healthcheckText(consoleService[1])) problem(`${consoleService[0]}: no healthcheck`);
  if (!/try_files[^;]*\/index\.html\s*;/.test(checks.nginxConf)) {
    problem('nginx.conf does not fall back to /index.html for console routes');
  }

  return problems;
}
