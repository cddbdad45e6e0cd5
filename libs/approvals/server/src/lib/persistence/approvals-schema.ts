import type { ServiceSchema } from '@bastion/platform-persistence';
import { AttachmentEntity } from './entities/attachment.entity';
import { GeneralRequestEntity } from './entities/general-request.entity';
import { LedgerRowEntity } from './entities/ledger-row.entity';
import { NotificationEntity } from './entities/notification.entity';
import { ParticipantEntity } from './entities/participant.entity';
import { RequestEntity } from './entities/request.entity';
import { RouteTemplateEntity, RouteTemplateVersionEntity } from './entities/route-template.entity';
import { TaskEntity } from './entities/task.entity';
import { approvalsMigrations } from './migrations';

export const approvalsSchema: ServiceSchema = {
  schema: 'approvals',
  entities: [
    RequestEntity,
    TaskEntity,
    ParticipantEntity,
    LedgerRowEntity,
    NotificationEntity,
    AttachmentEntity,
    RouteTemplateEntity,
    RouteTemplateVersionEntity,
    GeneralRequestEntity,
  ],
  migrations: approvalsMigrations,
};
