import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Notification, NotificationQuery } from '@bastion/approvals-contracts';
import type { Principal } from '@bastion/platform-auth';
import { keysetPage, thenById } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { defaultLanguage, type Language, renderText } from '@bastion/messages';
import { NotificationEntity } from '../persistence/entities/notification.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A notification in the reader's language; a row written before the catalogue keys has only its Chinese. */
function view(n: NotificationEntity, language: Language): Notification {
  return {
    id: n.id,
    kind: n.kind,
    requestId: n.requestId,
    title: n.texts ? renderText(n.texts.title, language) : n.title,
    text: n.texts ? renderText(n.texts.text, language) : n.text,
    texts: n.texts,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}

/** The bell: a person's notifications, newest first, and marking them read. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  async list(
    principal: Principal,
    query: NotificationQuery,
    language: Language = defaultLanguage,
  ): Promise<Page<Notification> & { unread: number }> {
    if (!principal.personId) return { items: [], total: 0, nextCursor: null, unread: 0 };
    const mine = () =>
      this.notifications
        .createQueryBuilder('n')
        .where('n.recipient_person_id = :me', { me: principal.personId });
    const filtered = mine();
    if (query.unread) filtered.andWhere('n.read_at IS NULL');
    const [page, unread] = await Promise.all([
      keysetPage(
        filtered,
        thenById('n.created_at', 'desc', (n) => n.createdAt),
        query,
      ),
      mine().andWhere('n.read_at IS NULL').getCount(),
    ]);
    return { ...page, items: page.items.map((n) => view(n, language)), unread };
  }

  /** Marks the caller's own notifications read: those named, or all. Anyone else's stay as they are. */
  async markRead(principal: Principal, input: { ids?: string[]; all?: boolean }): Promise<void> {
    if (!principal.personId) return;
    const ids = (input.ids ?? []).filter((id) => UUID.test(id));
    if (!input.all && ids.length === 0) return;
    const update = this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('recipient_person_id = :me', { me: principal.personId })
      .andWhere('read_at IS NULL');
    if (!input.all) update.andWhere('id IN (:...ids)', { ids });
    await update.execute();
  }
}
