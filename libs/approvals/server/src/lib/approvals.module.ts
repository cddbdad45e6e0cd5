import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { APPROVALS_TASK_QUEUE } from '@bastion/approvals-contracts';
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
import { ApprovalWriter } from './activities/approval-writer';
import { approvalsActivities } from './activities/approvals-activities';
import { ClosingWithParent } from './requests/closing-with-parent.service';
import type { ApprovalsEnv } from './approvals-env';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { WorkingCalendar } from './calendar/working-calendar';
import { GeneralRequestsController } from './general-requests/general-requests.controller';
import { GeneralRequestsService } from './general-requests/general-requests.service';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { approvalsSchema } from './persistence/approvals-schema';
import { ActionsService } from './requests/actions.service';
import { RequestsController } from './requests/requests.controller';
import { RequestsReader } from './requests/requests-reader.service';
import { TerminationService } from './requests/termination.service';
import { TemplatesController } from './templates/templates.controller';
import { TemplatesService } from './templates/templates.service';

/**
 * The workflow source to bundle when running from the workspace. A built service has no
 * workspace around it; there the worker loads WORKFLOW_BUNDLE_PATH instead (and refuses to start
 * without it), so the path is only a name.
 */
function approvalsWorkflowSource(): string {
  try {
    return workflowSourcePath('approvals');
  } catch {
    return 'libs/approvals/workflows/src/workflows.ts';
  }
}

/** The approvals service: the sign-off engine's worker, its ledger, the inbox, templates and general requests. */
export class ApprovalsModule {
  static forRoot(env: ApprovalsEnv) {
    @Module({
      imports: [
        ConfigModule.forRoot('approvals', env),
        PersistenceModule.forService(approvalsSchema),
        TemporalModule.forService({
          taskQueue: APPROVALS_TASK_QUEUE,
          workflowsPath: approvalsWorkflowSource(),
          inject: [ApprovalWriter, WorkingCalendar, ClosingWithParent],
          activities: approvalsActivities,
        }),
        AuthModule,
      ],
      controllers: [
        HealthController,
        InboxController,
        RequestsController,
        GeneralRequestsController,
        AttachmentsController,
        TemplatesController,
        NotificationsController,
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
              { taskQueue: APPROVALS_TASK_QUEUE, workflowType: 'approvalsHolidayCalendar' },
              calendar,
            ),
        },
        {
          provide: AttachmentStorage,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ApprovalsEnv) => new LocalDiskStorage(resolve(config.ATTACHMENTS_DIR)),
        },
        ApprovalWriter,
        AttachmentsService,
        RequestsReader,
        ActionsService,
        TerminationService,
        ClosingWithParent,
        InboxService,
        NotificationsService,
        TemplatesService,
        GeneralRequestsService,
      ],
    })
    class ApprovalsRootModule {}
    return ApprovalsRootModule;
  }
}
