import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LedgerVerification, RequestDetail } from '@bastion/approvals-contracts';
import { type ReturnTargetOption, returnTargets } from '@bastion/approvals-rules';
import type { Principal } from '@bastion/platform-auth';
import { visibleOne } from '@bastion/platform-persistence';
import { NotFoundError } from '@bastion/platform-http';
import { supervises, visibleRequestCondition } from '../access';
import { AttachmentsService } from '../attachments/attachments.service';
import { WorkingCalendar } from '../calendar/working-calendar';
import { ledgerRows, verifyRequestLedger } from '../ledger/ledger-reader';
import { GeneralRequestEntity } from '../persistence/entities/general-request.entity';
import { RequestEntity } from '../persistence/entities/request.entity';
import { requestDetail } from './request-view';
import { clock } from '@bastion/calendar';

/** Reads of one request, each behind the same visibility rule. */
@Injectable()
export class RequestsReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: WorkingCalendar,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * The request, if the caller may see it: they take or took part in it, or supervise its
   * organisation. Otherwise it does not exist for them.
   */
  async loadVisible(principal: Principal, id: string, withState = false): Promise<RequestEntity> {
    const [visible, params] = visibleRequestCondition(principal);
    const query = this.db
      .getRepository(RequestEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(visible, params);
    if (withState) query.addSelect('r.state');
    return visibleOne(query, 'request', id);
  }

  async view(principal: Principal, id: string): Promise<RequestDetail> {
    const request = await this.loadVisible(principal, id, true);
    const [ledger, general, attachments] = await Promise.all([
      ledgerRows(this.db, id),
      this.db.getRepository(GeneralRequestEntity).findOneBy({ requestId: id }),
      this.attachments.ofRequest(id),
    ]);
    return requestDetail({
      request,
      ledger,
      body: general?.body ?? null,
      attachments,
      viewer: {
        userId: principal.userId,
        personId: principal.personId,
        name: principal.displayName,
        supervisor: supervises(principal, request.orgPath),
      },
      now: clock.now(),
      deadlines: (openedAt, stage) => this.calendar.deadlines(openedAt, stage),
    });
  }

  async returnTargets(principal: Principal, id: string): Promise<{ targets: ReturnTargetOption[] }> {
    const request = await this.loadVisible(principal, id, true);
    return { targets: returnTargets(request.state) };
  }

  async verify(principal: Principal, id: string): Promise<LedgerVerification> {
    await this.loadVisible(principal, id);
    const verdict = await verifyRequestLedger(this.db, id);
    if (!verdict) throw new NotFoundError('request');
    return verdict;
  }
}
