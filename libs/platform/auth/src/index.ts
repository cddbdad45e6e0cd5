// Authentication every service shares: access tokens, the guard that checks the session on each
// request (`session-check`), the principal and its scope (roles held at a node reach its
// subtree), and the password-change-only decorator.
export * from './lib/access-token';
export * from './lib/auth-request';
export * from './lib/auth.module';
export * from './lib/jwt-auth.guard';
export * from './lib/principal';
export * from './lib/scope';
export * from './lib/password-change.decorator';
export * from './lib/session-check';
