import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import { connectClient } from './connect';
import { TEMPORAL_CLIENT, TEMPORAL_CONNECTION } from './temporal-tokens';
import { WORKER_SETTINGS, WorkerHost, type WorkerSettings } from './worker-host';

export type TemporalModuleOptions = WorkerSettings;

@Injectable()
class ConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({})
export class TemporalModule {
  static forService(options: TemporalModuleOptions): DynamicModule {
    return {
      module: TemporalModule,
      providers: [
        {
          provide: TEMPORAL_CONNECTION,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) =>
            connectClient(config.TEMPORAL_ADDRESS, new Logger('Temporal')),
        },
        {
          provide: TEMPORAL_CLIENT,
          inject: [SERVICE_CONFIG, TEMPORAL_CONNECTION],
          useFactory: (config: ServiceConfig, connection: Connection) =>
            new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
        },
        { provide: WORKER_SETTINGS, useValue: options },
        ConnectionCloser,
        WorkerHost,
      ],
      exports: [TEMPORAL_CLIENT, TEMPORAL_CONNECTION],
    };
  }
}
