import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { RECTIFICATION_TASK_QUEUE } from '@bastion/rectification-contracts';
import { AuthModule } from '@bastion/platform-auth';
import { ConfigModule, SERVICE_CONFIG } from '@bastion/platform-config';
import { AttachmentStorage, LocalDiskStorage } from '@bastion/platform-files';
import { HealthController, REFUSAL_LISTENER, RefusalLog } from '@bastion/platform-http';
import { PersistenceModule } from '@bastion/platform-persistence';
import type { Client } from '@temporalio/client';
import {
  AdministeredCalendarFollower,
  TEMPORAL_CLIENT,
  TemporalModule,
  workflowSourcePath,
} from '@bastion/platform-temporal';
import { BatchWriter } from './activities/batch-writer';
import { ItemWriter } from './activities/item-writer';
import { rectificationActivities } from './activities/rectification-activities';
import { BatchReportService } from './batches/batch-report.service';
import { BatchesController } from './batches/batches.controller';
import { BatchesReader } from './batches/batches-reader.service';
import { BatchesService } from './batches/batches.service';
import { BoardController } from './board/board.controller';
import { BoardService } from './board/board.service';
import { WorkingCalendar } from './calendar/working-calendar';
import { ExportController } from './export/export.controller';
import { LedgerExportService } from './export/ledger-export.service';
import { FilesController } from './files/files.controller';
import { FilesService } from './files/files.service';
import { ImportService } from './import/import.service';
import { ItemActionsService } from './items/item-actions.service';
import { ItemTerminationService } from './items/item-termination.service';
import { ItemMigrationService } from './items/item-migration.service';
import { ItemRegistrationService } from './items/item-registration.service';
import { ItemsController } from './items/items.controller';
import { ItemsReader } from './items/items-reader.service';
import { OrgDirectory } from './orgs/org-directory';
import { rectificationSchema } from './persistence/rectification-schema';
import type { RectificationEnv } from './rectification-env';
import { SourceSettings } from './sources/source-settings.service';
import { SourcesController } from './sources/sources.controller';

/**
 * The workflow source to bundle when running from the workspace. A built service has no
 * workspace around it; there the worker loads WORKFLOW_BUNDLE_PATH instead (and refuses to start
 * without it), so the path is only a name.
 */
function rectificationWorkflowSource(): string {
  try {
    return workflowSourcePath('rectification');
  } catch {
    return 'libs/rectification/workflows/src/workflows.ts';
  }
}

/** The rectification service: batches and items, their workflows' worker, the read model, files, import and export, the board. */
export class RectificationModule {
  static forRoot(env: RectificationEnv) {
    @Module({
      imports: [
        ConfigModule.forRoot('rectification', env),
        PersistenceModule.forService(rectificationSchema),
        TemporalModule.forService({
          taskQueue: RECTIFICATION_TASK_QUEUE,
          workflowsPath: rectificationWorkflowSource(),
          inject: [ItemWriter, BatchWriter, WorkingCalendar],
          activities: rectificationActivities,
        }),
        AuthModule,
      ],
      controllers: [
        HealthController,
        SourcesController,
        BatchesController,
        ItemsController,
        ExportController,
        BoardController,
        FilesController,
      ],
      providers: [
        { provide: REFUSAL_LISTENER, useClass: RefusalLog },
        { provide: WorkingCalendar, useValue: new WorkingCalendar() },
        {
          // The service's own computations follow the calendar as administered, like its workflows.
          provide: AdministeredCalendarFollower,
          inject: [TEMPORAL_CLIENT, WorkingCalendar],
          useFactory: (client: Client, calendar: WorkingCalendar) =>
            new AdministeredCalendarFollower(
              client,
              { taskQueue: RECTIFICATION_TASK_QUEUE, workflowType: 'rectificationHolidayCalendar' },
              calendar,
            ),
        },
        {
          provide: AttachmentStorage,
          inject: [SERVICE_CONFIG],
          useFactory: (config: RectificationEnv) => new LocalDiskStorage(resolve(config.FILES_DIR)),
        },
        ItemWriter,
        BatchWriter,
        OrgDirectory,
        SourceSettings,
        FilesService,
        ItemsReader,
        ItemActionsService,
        ItemTerminationService,
        ItemRegistrationService,
        ItemMigrationService,
        BatchesReader,
        BatchesService,
        BatchReportService,
        ImportService,
        LedgerExportService,
        BoardService,
      ],
    })
    class RectificationRootModule {}
    return RectificationRootModule;
  }
}
