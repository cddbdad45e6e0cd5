import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  markReadSchema,
  type Notification,
  notificationPageSchema,
  type NotificationQuery,
  notificationQuerySchema,
} from '@bastion/approvals-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ReturnsNothing, ValidBody, ValidQuery } from '@bastion/platform-http';
import type { Page } from '@bastion/shared-contracts';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Returns(notificationPageSchema)
  list(
    @CurrentUser() principal: Principal,
    @ValidQuery(notificationQuerySchema) query: NotificationQuery,
  ): Promise<Page<Notification> & { unread: number }> {
    return this.notifications.list(principal, query);
  }

  /** Marks the caller's notifications read: those named by `ids`, or `all`. */
  @Post('read')
  @ReturnsNothing()
  markRead(
    @CurrentUser() principal: Principal,
    @ValidBody(markReadSchema) input: { ids?: string[]; all?: boolean },
  ): Promise<void> {
    return this.notifications.markRead(principal, input);
  }
}
