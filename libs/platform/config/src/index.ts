export * from './lib/load-config';
export * from './lib/service-env';
export * from './lib/config.module';
