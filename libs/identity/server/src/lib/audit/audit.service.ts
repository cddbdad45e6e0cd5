import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { RefusalEvent, RefusalListener } from '@bastion/platform-http';
import { AuditEventEntity, type AuditKind } from '../persistence/entities/audit-event.entity';

export interface AuditContext {
  userId?: string | null;
  username?: string | null;
  ip?: string | null;
  correlationId?: string | null;
}

/** Appends security events to the audit table; also told of every refused request. */
@Injectable()
export class AuditService implements RefusalListener {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async record(kind: AuditKind, context: AuditContext, detail: Record<string, unknown> = {}): Promise<void> {
    await this.events.save(
      this.events.create({
        kind,
        userId: context.userId ?? null,
        username: context.username ?? null,
        ip: context.ip ?? null,
        correlationId: context.correlationId ?? null,
        detail,
      }),
    );
  }

  async refused(event: RefusalEvent): Promise<void> {
    await this.record(`refused_${event.kind}`, event, {
      method: event.method,
      path: event.path,
      code: event.code,
    });
  }
}
