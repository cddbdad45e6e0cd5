import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { DEVELOPMENT_TASK_QUEUE } from '@bastion/development-contracts';
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
import { CaseWriter } from './activities/case-writer';
import { developmentActivities } from './activities/development-activities';
import { WorkingCalendar } from './calendar/working-calendar';
import { CaseActions } from './cases/case-actions.service';
import { CaseTermination } from './cases/case-termination.service';
import { CaseOpening } from './cases/case-opening.service';
import { CasesController } from './cases/cases.controller';
import { CasesReader } from './cases/cases-reader.service';
import { ExpectedVotersService } from './cases/expected-voters.service';
import type { DevelopmentEnv } from './development-env';
import { DossierArchive } from './dossier/dossier-archive';
import { DossierController } from './dossier/dossier.controller';
import { DossierService } from './dossier/dossier.service';
import { FilesController } from './files/files.controller';
import { FilesService } from './files/files.service';
import { DevelopmentRoleGuard } from './http/development-role.guard';
import { IdentityLookup } from './identity/identity-lookup';
import { developmentSchema } from './persistence/development-schema';
import { DeadlinesService } from './pipeline/deadlines.service';
import { PipelineController } from './pipeline/pipeline.controller';
import { PipelineService } from './pipeline/pipeline.service';
import { RuleAdoption } from './rules/rule-adoption.service';
import { RuleBook } from './rules/rule-book.service';
import { RulePublishing } from './rules/rule-publishing.service';
import { RulesController } from './rules/rules.controller';

/**
 * The workflow source to bundle when running from the workspace. A built service has no
 * workspace around it; there the worker loads WORKFLOW_BUNDLE_PATH instead (and refuses to start
 * without it), so the path is only a name.
 */
function developmentWorkflowSource(): string {
  try {
    return workflowSourcePath('development');
  } catch {
    return 'libs/development/workflows/src/workflows.ts';
  }
}

/** The member development service: cases and their workflows' worker, the read model, rules, files, the dossier. */
export class DevelopmentModule {
  static forRoot(env: DevelopmentEnv) {
    @Module({
      imports: [
        ConfigModule.forRoot('development', env),
        PersistenceModule.forService(developmentSchema),
        TemporalModule.forService({
          taskQueue: DEVELOPMENT_TASK_QUEUE,
          workflowsPath: developmentWorkflowSource(),
          inject: [CaseWriter, WorkingCalendar],
          activities: developmentActivities,
        }),
        AuthModule,
      ],
      controllers: [
        HealthController,
        CasesController,
        DossierController,
        PipelineController,
        RulesController,
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
              { taskQueue: DEVELOPMENT_TASK_QUEUE, workflowType: 'developmentHolidayCalendar' },
              calendar,
            ),
        },
        {
          provide: AttachmentStorage,
          inject: [SERVICE_CONFIG],
          useFactory: (config: DevelopmentEnv) => new LocalDiskStorage(resolve(config.FILES_DIR)),
        },
        DevelopmentRoleGuard,
        CaseWriter,
        IdentityLookup,
        RuleBook,
        RuleAdoption,
        RulePublishing,
        FilesService,
        CasesReader,
        CaseOpening,
        CaseActions,
        CaseTermination,
        ExpectedVotersService,
        DossierService,
        DossierArchive,
        PipelineService,
        DeadlinesService,
      ],
    })
    class DevelopmentRootModule {}
    return DevelopmentRootModule;
  }
}
