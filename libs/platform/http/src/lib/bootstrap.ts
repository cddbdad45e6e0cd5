import { type INestApplication, Logger, type LogLevel, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { z } from 'zod';
import { clock, parseLocalDate } from '@bastion/calendar';
import {
  apiDocsEnabled,
  loadConfigOrExit,
  type ServiceConfig,
  type ServiceEnv,
} from '@bastion/platform-config';
import { apiResponseHeaders } from './response-headers';
import { acceptedDates } from './accepted-dates';
import { correlationMiddleware } from './correlation';
import { documentRefusals } from './error-responses';
import { ErrorFilter } from './error-filter';
import { methodNotAllowed } from './method-not-allowed';
import { REFUSAL_LISTENER, type RefusalListener } from './refusal-listener';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface ServiceDescription {
  title: string;
  description: string;
}

/**
 * Builds a service's HTTP application the same way in `main.ts` and in tests: everything under
 * `/api/<service>`, OpenAPI at `/api/<service>/docs` (where `API_DOCS` allows), one error mapping,
 * no-store and nosniff on every response, shutdown hooks on. Requests are refused before any
 * handler sees them for an undeclared method on a known path (405) and for a date outside the
 * installation's range (400); the parameter decorators refuse unsafe text (400) and a body that
 * is not JSON (415).
 */
export async function createServiceApp(
  rootModule: Type,
  config: ServiceConfig,
  description: ServiceDescription,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1),
    bodyParser: false,
    // Errors reach the caller (main.ts exits on them) instead of Nest ending the process itself,
    // which would also turn the optional lookups below into exits.
    abortOnError: false,
  });
  const prefix = `api/${config.SERVICE}`;
  // The correlation id comes first so that even a body the parser rejects is answered with one.
  app.use(correlationMiddleware);
  app.use(apiResponseHeaders);
  app.use(methodNotAllowed(app.getHttpAdapter().getInstance()));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(acceptedDates({ min: config.DATE_MIN, max: config.DATE_MAX }));
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.setGlobalPrefix(prefix);
  app.useGlobalFilters(new ErrorFilter(optional<RefusalListener>(app, REFUSAL_LISTENER)));
  app.enableShutdownHooks();
  if (apiDocsEnabled(config)) serveApiDocs(app, prefix, description);
  return app;
}

function serveApiDocs(app: INestApplication, prefix: string, description: ServiceDescription): void {
  const document = documentRefusals(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(description.title)
        .setDescription(description.description)
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
  SwaggerModule.setup(`${prefix}/docs`, app, document, { jsonDocumentUrl: `${prefix}/docs-json` });
}

function optional<T>(app: INestApplication, token: symbol): T | undefined {
  try {
    return app.get<T>(token, { strict: false });
  } catch {
    return undefined;
  }
}

export interface ServiceProgram<E extends ServiceEnv> {
  name: string;
  envSchema: z.ZodType<E>;
  rootModule: (env: E) => Type;
  description: ServiceDescription;
}

/**
 * A service app's whole `main.ts`: validate the environment (exit with every problem listed),
 * then run the HTTP API with the worker, or — with ROLE=worker — the worker alone, which serves
 * no HTTP and polls its task queue until stopped.
 */
export function runService<E extends ServiceEnv>(program: ServiceProgram<E>): void {
  const logger = new Logger(program.name);
  const start = async () => {
    const env = loadConfigOrExit(program.name, program.envSchema);
    if (env.BASTION_TODAY) clock.setToday(parseLocalDate(env.BASTION_TODAY));
    const root = program.rootModule(env);
    if (env.ROLE === 'worker') {
      const context = await NestFactory.createApplicationContext(root, { abortOnError: false });
      context.enableShutdownHooks();
      logger.log(`Worker only: polling the ${program.name} task queue`);
      return;
    }
    const app = await createServiceApp(root, { ...env, SERVICE: program.name }, program.description);
    await app.listen(env.PORT);
    logger.log(`Listening on :${env.PORT}, API at /api/${program.name}, docs at /api/${program.name}/docs`);
  };
  start().catch((error: unknown) => {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
