import {
  type InboxPage,
  inboxPageSchema,
  type InboxQuery,
  inboxQuerySchema,
} from '@bastion/approvals-contracts';
import { type Principal, ScopedController, ScopedList } from '@bastion/platform-auth';
import { InboxService } from './inbox.service';

@ScopedController('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @ScopedList('', inboxQuerySchema, inboxPageSchema)
  list(principal: Principal, query: InboxQuery): Promise<InboxPage> {
    return this.inbox.inbox(principal, query);
  }
}
