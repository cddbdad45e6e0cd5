// Authentication every service shares: access tokens, the guard that checks the session on each
// request (`session-check`), the principal and its scope (roles held at a node reach its
// subtree), the password-change-only decorator, and the kinds of route controllers are made of
// (`scoped-routes`: a scoped list, read, action or create, each declared once; `scoped-controller`:
// a controller's path, tag, bearer authentication and service guards; `record-routes`: the view,
// step and termination routes of a procedure's running record).
export * from './lib/access-token';
export * from './lib/auth-request';
export * from './lib/auth.module';
export * from './lib/jwt-auth.guard';
export * from './lib/principal';
export * from './lib/scope';
export * from './lib/record-routes';
export * from './lib/scoped-controller';
export * from './lib/scoped-routes';
export * from './lib/password-change.decorator';
export * from './lib/session-check';
