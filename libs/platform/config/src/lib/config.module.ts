import { type DynamicModule, Global, Inject, Module } from '@nestjs/common';
import type { ServiceEnv } from './service-env';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** Injects the service's validated configuration. */
export const InjectConfig = () => Inject(SERVICE_CONFIG);

/** The validated environment of the running service, plus which service it is. */
export type ServiceConfig<E extends ServiceEnv = ServiceEnv> = E & { SERVICE: string };

@Global()
@Module({})
export class ConfigModule {
  static forRoot<E extends ServiceEnv>(service: string, env: E): DynamicModule {
    const config: ServiceConfig<E> = { ...env, SERVICE: service };
    return {
      module: ConfigModule,
      providers: [{ provide: SERVICE_CONFIG, useValue: config }],
      exports: [SERVICE_CONFIG],
    };
  }
}
