import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Language, languageFrom } from '@bastion/messages';
import type { Request } from 'express';

/**
 * `@CallerLanguage() language`: the language the caller reads, from `Accept-Language` (zh-CN when
 * it names none the catalogue has), for the texts a service renders from the one catalogue.
 */
export const CallerLanguage = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Language =>
    languageFrom(context.switchToHttp().getRequest<Request>().headers['accept-language']),
);
