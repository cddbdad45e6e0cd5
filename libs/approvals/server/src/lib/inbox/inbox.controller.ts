import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type InboxPage,
  inboxPageSchema,
  type InboxQuery,
  inboxQuerySchema,
} from '@bastion/approvals-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidQuery } from '@bastion/platform-http';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Returns(inboxPageSchema)
  list(
    @CurrentUser() principal: Principal,
    @ValidQuery(inboxQuerySchema) query: InboxQuery,
  ): Promise<InboxPage> {
    return this.inbox.inbox(principal, query);
  }
}
