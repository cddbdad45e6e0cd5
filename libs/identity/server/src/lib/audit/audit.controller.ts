import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  type AuditEvent,
  auditPageSchema,
  auditQuerySchema,
  type AuditQuery,
} from '@bastion/identity-contracts';
import { type Principal, ScopedController, ScopedList } from '@bastion/platform-auth';
import { keysetPage } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { requireAdmin } from '../access';
import { AuditEventEntity } from '../persistence/entities/audit-event.entity';

/** The security audit trail, newest first; administrators only. */
@ScopedController('audit-events', { tag: 'audit' })
export class AuditController {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  @ScopedList('', auditQuerySchema, auditPageSchema)
  async list(principal: Principal, query: AuditQuery): Promise<Page<AuditEvent>> {
    requireAdmin(principal);
    const qb = this.events.createQueryBuilder('e');
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.userId) qb.andWhere('e.user_id = :userId', { userId: query.userId });
    if (query.q) qb.andWhere('e.username ILIKE :q', { q: `%${query.q}%` });
    // Ids grow with time, so the id alone orders the trail.
    const page = await keysetPage(qb, { columns: ['e.id'], direction: 'desc', keyOf: (e) => [e.id] }, query);
    return {
      ...page,
      items: page.items.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        kind: e.kind,
        userId: e.userId,
        username: e.username,
        ip: e.ip,
        correlationId: e.correlationId,
        detail: e.detail,
      })),
    };
  }
}
