import { APPROVALS_TASK_QUEUE } from '@bastion/approvals-contracts';
import { workflowServiceModule } from '@bastion/platform-service';
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

/** The approvals service: the sign-off engine's worker, its ledger, the inbox, templates and general requests. */
export class ApprovalsModule {
  static forRoot(env: ApprovalsEnv) {
    return workflowServiceModule({
      domain: 'approvals',
      env,
      schema: approvalsSchema,
      taskQueue: APPROVALS_TASK_QUEUE,
      activities: {
        inject: [ApprovalWriter, ClosingWithParent],
        activities: approvalsActivities,
      },
      calendar: WorkingCalendar,
      filesDir: (config) => config.ATTACHMENTS_DIR,
      controllers: [
        InboxController,
        RequestsController,
        GeneralRequestsController,
        AttachmentsController,
        TemplatesController,
        NotificationsController,
      ],
      providers: [
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
    });
  }
}
