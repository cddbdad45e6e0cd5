import { type INestApplication, type LogLevel, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ServiceConfig } from '@bastion/platform-config';
import { correlationMiddleware } from './correlation';
import { ErrorFilter } from './error-filter';
import { REFUSAL_LISTENER, type RefusalListener } from './refusal-listener';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface ServiceDescription {
  title: string;
  description: string;
}

/**
 * Builds a service's HTTP application the same way in `main.ts` and in tests: everything under
 * `/api/<service>`, OpenAPI at `/api/<service>/docs`, one error mapping, shutdown hooks on.
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
  app.useBodyParser('json', { limit: '1mb' });
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.setGlobalPrefix(prefix);
  app.useGlobalFilters(new ErrorFilter(optional<RefusalListener>(app, REFUSAL_LISTENER)));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(description.title)
      .setDescription(description.description)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${prefix}/docs`, app, document, { jsonDocumentUrl: `${prefix}/docs-json` });
  return app;
}

function optional<T>(app: INestApplication, token: symbol): T | undefined {
  try {
    return app.get<T>(token, { strict: false });
  } catch {
    return undefined;
  }
}
