import { RECTIFICATION_TASK_QUEUE } from '@bastion/rectification-contracts';
import { workflowServiceModule } from '@bastion/platform-service';
import { BatchWriter } from './activities/batch-writer';
import { ItemWriter } from './activities/item-writer';
import { rectificationActivities } from './activities/rectification-activities';
import { BatchReportService } from './batches/batch-report.service';
import { BatchesController } from './batches/batches.controller';
import { BatchesReader } from './batches/batches-reader.service';
import { BatchesService } from './batches/batches.service';
import { BoardController } from './board/board.controller';
import { BoardService } from './board/board.service';
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

/** The rectification service: batches and items, their workflows' worker, the read model, files, import and export, the board. */
export class RectificationModule {
  static forRoot(env: RectificationEnv) {
    return workflowServiceModule({
      domain: 'rectification',
      env,
      schema: rectificationSchema,
      taskQueue: RECTIFICATION_TASK_QUEUE,
      activities: { inject: [ItemWriter, BatchWriter], activities: rectificationActivities },
      filesDir: (config) => config.FILES_DIR,
      controllers: [
        SourcesController,
        BatchesController,
        ItemsController,
        ExportController,
        BoardController,
        FilesController,
      ],
      providers: [
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
    });
  }
}
