import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorBody } from '@bastion/shared-contracts';
import {
  errorCatalogue,
  errorText,
  type Language,
  languageFrom,
  render,
  renderProblem,
  renderText,
} from '@bastion/messages';
import type { CorrelatedRequest } from './correlation';
import { DomainError, OutOfScopeError } from './domain-error';
import { RateLimitedError } from './rate-limit';
import type { RefusalEvent, RefusalListener } from './refusal-listener';

const CODE_BY_STATUS: Record<number, keyof typeof errorCatalogue> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * One mapping from errors to responses for every service. A refusal keeps its code and params,
 * and its message, its reason and its fixed field problems are worded from the one catalogue in
 * the caller's language (`Accept-Language`, zh-CN by default): a service's sentence with no key
 * reaches only a caller of the language it is written in (the log keeps it); anything unexpected becomes a bare
 * 500 that names only a correlation id, and the details go to the log under that id.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  constructor(private readonly refusals?: RefusalListener) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<CorrelatedRequest>();
    const response = http.getResponse<Response>();
    const correlationId = request.correlationId;
    const [status, body] = this.describe(error, correlationId, request);
    if (error instanceof RateLimitedError) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    // The refusal is on record before the caller hears of it.
    void this.reportRefusal(error, status, body.code, request).finally(() => {
      if (!response.headersSent) response.status(status).json(body);
    });
  }

  private async reportRefusal(
    error: unknown,
    status: number,
    code: string,
    request: CorrelatedRequest,
  ): Promise<void> {
    const kind: RefusalEvent['kind'] | undefined =
      error instanceof OutOfScopeError
        ? 'out_of_scope'
        : status === 401
          ? 'unauthenticated'
          : status === 403
            ? 'forbidden'
            : undefined;
    if (!kind || !this.refusals) return;
    const principal = (request as { principal?: { userId: string; username: string } }).principal;
    const event: RefusalEvent = {
      kind,
      code,
      userId: principal?.userId,
      username: principal?.username,
      method: request.method,
      path: request.originalUrl.split('?')[0] ?? request.path,
      ip: request.ip,
      correlationId: request.correlationId,
    };
    await this.refusals
      .refused(event)
      .catch((e: unknown) => this.logger.error(`Could not record a refusal: ${String(e)}`));
  }

  private describe(
    error: unknown,
    correlationId: string | undefined,
    request: CorrelatedRequest,
  ): [number, ErrorBody] {
    const language = languageFrom(request.headers?.['accept-language']);
    if (error instanceof DomainError) {
      const { params: carried, ...extra } = error.extra ?? {};
      const params = error.params;
      // A reason by key, in the caller's language; else the service's own sentence, where it says
      // more than the catalogue's text for the code, and only to a caller of its language.
      const written = writtenIn(error.message);
      const own = written === language ? error.message : undefined;
      const catalogued = errorText(error.code, written, params);
      const reason = error.reason
        ? renderText(error.reason, language)
        : catalogued !== undefined && own !== catalogued
          ? own
          : undefined;
      if (!error.reason && own === undefined && error.message !== catalogued)
        this.logger.debug(`${error.code} [${correlationId}], said in ${written} only: ${error.message}`);
      return [
        error.status,
        {
          ...extra,
          code: error.code,
          message:
            errorText(error.code, language, params) ??
            reason ??
            own ??
            textOf(CODE_BY_STATUS[error.status] ?? 'INVALID', language),
          ...(reason !== undefined ? { reason } : {}),
          ...(carried !== undefined && Object.keys(params).length ? { params } : {}),
          details: error.details?.map(({ reason: why, ...d }) => ({
            ...d,
            problem: why ? renderText(why, language) : renderProblem(d.problem, language),
          })),
          correlationId,
        },
      ];
    }
    const status = clientErrorStatus(error);
    if (status) {
      const code = CODE_BY_STATUS[status] ?? 'BAD_REQUEST';
      return [status, { code, message: textOf(code, language), correlationId }];
    }
    this.logger.error(
      `${request.method} ${request.path} failed [${correlationId}]: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return [500, { code: 'INTERNAL', message: textOf('INTERNAL', language), correlationId }];
  }
}

/** The language a sentence of a service's own is written in: Chinese if it has any, else English. */
function writtenIn(sentence: string): Language {
  return /[\u3400-\u9fff]/.test(sentence) ? 'zh-CN' : 'en-US';
}

function textOf(code: keyof typeof errorCatalogue, language: Language): string {
  return render(errorCatalogue[code], language);
}

/** A 4xx raised by the framework (unknown route) or by body parsing (malformed JSON, too large). */
function clientErrorStatus(error: unknown): number | undefined {
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof error === 'object' && error !== null && 'expose' in error && 'status' in error
        ? Number((error as { status: unknown }).status)
        : undefined;
  return status !== undefined && status >= 400 && status < 500 ? status : undefined;
}
