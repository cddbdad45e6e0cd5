import { resolve } from 'node:path';
import { Module, type Provider, type Type } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { AuthModule } from '@bastion/platform-auth';
import { ConfigModule, SERVICE_CONFIG, type ServiceEnv } from '@bastion/platform-config';
import { AttachmentStorage, LocalDiskStorage } from '@bastion/platform-files';
import { HealthController, REFUSAL_LISTENER, RefusalLog } from '@bastion/platform-http';
import { PersistenceModule, type ServiceSchema } from '@bastion/platform-persistence';
import {
  AdministeredCalendarFollower,
  type AdoptsHolidayCalendar,
  TEMPORAL_CLIENT,
  TemporalModule,
  type WorkerSettings,
  WorkingCalendar,
} from '@bastion/platform-temporal';
import { workflowSource } from './workflow-source';

/** What makes one workflow service different from the next; the wiring around it is the same. */
export interface WorkflowServiceParts<E extends ServiceEnv> {
  /**
   * The domain: the service's name in its config, the workflows lib it bundles
   * (`libs/<domain>/workflows`) and the prefix of its holiday-calendar workflow.
   */
  domain: string;
  env: E;
  schema: ServiceSchema;
  taskQueue: string;
  /**
   * The activities' factory and the providers it takes, as the worker host wants them; every
   * service's workers offer `holidayCalendar` (the working calendar's years) besides.
   */
  activities: Required<Pick<WorkerSettings, 'activities' | 'inject'>>;
  /**
   * The service's working calendar, provided as a value and kept on the administered calendar:
   * the one every workflow service keeps, unless the service adds to it.
   */
  calendar?: Type<WorkingCalendar>;
  /** Where the local-disk store keeps the service's uploaded files. */
  filesDir: (config: E) => string;
  controllers: Type[];
  providers: Provider[];
}

/**
 * The root module of a service that hosts its own Temporal worker: its config, its schema, its
 * worker, authentication, the health route, the refusal log, the working calendar that follows
 * the administered one, and the file store, around the service's own controllers and providers.
 */
export function workflowServiceModule<E extends ServiceEnv>(parts: WorkflowServiceParts<E>): Type {
  const { domain, taskQueue, calendar = WorkingCalendar } = parts;
  @Module({
    imports: [
      ConfigModule.forRoot(domain, parts.env),
      PersistenceModule.forService(parts.schema),
      TemporalModule.forService({
        taskQueue,
        workflowsPath: workflowSource(domain),
        inject: [calendar, ...parts.activities.inject],
        // The calendar a workflow takes a copy of when it starts: the one the service keeps.
        activities: (working: WorkingCalendar, ...deps: unknown[]) => ({
          holidayCalendar: async () => working.years(),
          ...parts.activities.activities(...deps),
        }),
      }),
      AuthModule,
    ],
    controllers: [HealthController, ...parts.controllers],
    providers: [
      { provide: REFUSAL_LISTENER, useClass: RefusalLog },
      { provide: calendar, useValue: new calendar() },
      {
        // The service's own computations follow the calendar as administered, like its workflows.
        provide: AdministeredCalendarFollower,
        inject: [TEMPORAL_CLIENT, calendar],
        useFactory: (client: Client, working: AdoptsHolidayCalendar) =>
          new AdministeredCalendarFollower(
            client,
            { taskQueue, workflowType: `${domain}HolidayCalendar` },
            working,
          ),
      },
      {
        provide: AttachmentStorage,
        inject: [SERVICE_CONFIG],
        useFactory: (config: E) => new LocalDiskStorage(resolve(parts.filesDir(config))),
      },
      ...parts.providers,
    ],
  })
  class WorkflowServiceRootModule {}
  return WorkflowServiceRootModule;
}
