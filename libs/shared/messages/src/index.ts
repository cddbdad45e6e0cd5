/**
 * The one catalogue of messages, zh-CN and English, shared by the services and the console:
 * `errors/<domain>.ts` holds every refusal by its code (its texts and its one HTTP status),
 * `texts/<topic>.ts` every other text shown by key; `render` fills a text's `{param}`s and
 * `languageFrom` reads a caller's `Accept-Language`.
 */
export * from './lib/message';
export * from './lib/render';
export * from './lib/catalogue';
export * from './lib/text-ref';
export * from './lib/errors/lookup';
export * from './lib/errors/problems';
