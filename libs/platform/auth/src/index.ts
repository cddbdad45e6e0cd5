export * from './lib/access-token';
export * from './lib/auth-request';
export * from './lib/auth.module';
export * from './lib/jwt-auth.guard';
export * from './lib/principal';
export * from './lib/scope';
export * from './lib/password-change.decorator';
export * from './lib/session-check';
