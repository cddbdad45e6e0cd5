import { DEVELOPMENT_TASK_QUEUE } from '@bastion/development-contracts';
import { workflowServiceModule } from '@bastion/platform-service';
import { CaseWriter } from './activities/case-writer';
import { developmentActivities } from './activities/development-activities';
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

/** The member development service: cases and their workflows' worker, the read model, rules, files, the dossier. */
export class DevelopmentModule {
  static forRoot(env: DevelopmentEnv) {
    return workflowServiceModule({
      domain: 'development',
      env,
      schema: developmentSchema,
      taskQueue: DEVELOPMENT_TASK_QUEUE,
      activities: { inject: [CaseWriter], activities: developmentActivities },
      filesDir: (config) => config.FILES_DIR,
      controllers: [CasesController, DossierController, PipelineController, RulesController, FilesController],
      providers: [
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
    });
  }
}
