/**
 * The one catalogue of messages, zh-CN and English, shared by the services and the console. It
 * is data: `errors/<domain>.json` holds every refusal by its code (its texts and its one HTTP
 * status), `texts/<topic>.json` every other text shown by key (a rule's or a service's reason
 * for a refusal among them); `catalogue.ts` gathers them, `catalogueLabels` reads a contract's
 * table of names from them, `render`/`renderText` fill a text's `{param}`s, `ruleRefusal` gives a
 * rule's refusal its reason by key, and `languageFrom` reads a caller's `Accept-Language`.
 */
export * from './lib/message';
export * from './lib/render';
export * from './lib/catalogue';
export * from './lib/labels';
export * from './lib/text-ref';
export * from './lib/refusal-reason';
export * from './lib/errors/lookup';
export * from './lib/errors/problems';
