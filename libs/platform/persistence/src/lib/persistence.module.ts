import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { dataSourceOptions, openMigratedDataSource } from './data-source';
import type { ServiceSchema } from './service-schema';

/**
 * The service's TypeORM connection, migrated to the latest schema before anything else in the
 * service may use it.
 */
@Module({})
export class PersistenceModule {
  static forService(service: ServiceSchema): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) =>
            dataSourceOptions(service, { url: config.DATABASE_URL, applicationName: config.SERVICE }),
          dataSourceFactory: (options) => openMigratedDataSource(options as PostgresConnectionOptions),
        }),
        TypeOrmModule.forFeature(service.entities as never[]),
      ],
      exports: [TypeOrmModule],
    };
  }
}
