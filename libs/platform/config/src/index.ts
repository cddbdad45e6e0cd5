// Configuration every service reads: the environment, checked once at start (`load-config`,
// `service-env`), and the Nest module that provides it.
export * from './lib/load-config';
export * from './lib/service-env';
export * from './lib/config.module';
