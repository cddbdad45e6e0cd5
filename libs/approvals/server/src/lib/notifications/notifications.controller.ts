import { Post } from '@nestjs/common';
import {
  markReadSchema,
  type NotificationPage,
  notificationPageSchema,
  type NotificationQuery,
  notificationQuerySchema,
} from '@bastion/approvals-contracts';
import { CurrentUser, type Principal, ScopedController, ScopedList } from '@bastion/platform-auth';
import { CallerLanguage, ReturnsNothing, ValidBody } from '@bastion/platform-http';
import type { Language } from '@bastion/messages';
import { NotificationsService } from './notifications.service';

@ScopedController('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ScopedList('', notificationQuerySchema, notificationPageSchema)
  list(
    principal: Principal,
    query: NotificationQuery,
    @CallerLanguage() language: Language,
  ): Promise<NotificationPage> {
    return this.notifications.list(principal, query, language);
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
