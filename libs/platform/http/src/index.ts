// The HTTP conventions every service shares: bootstrap, the error filter (answers in the caller's
// language from `@bastion/messages`), refusals (`domain-error`), input guards and validation,
// accepted dates, rate limits, response headers, `Returns` for the OpenAPI, health.
export * from './lib/bootstrap';
export * from './lib/caller-language';
export * from './lib/correlation';
export * from './lib/domain-error';
export * from './lib/error-filter';
export * from './lib/health.controller';
export * from './lib/public.decorator';
export * from './lib/returns';
export * from './lib/validation';
export * from './lib/zod-problems';
export * from './lib/refusal-listener';
export * from './lib/refusal-log';
export * from './lib/request-meta';
export * from './lib/rate-limit';
export * from './lib/response-headers';
