import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type AddSanction,
  memberOn,
  type Sanction,
  type SanctionFacts,
  sanctionProblem,
} from '@bastion/identity-contracts';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError, type RequestMeta } from '@bastion/platform-http';
import { AuditService } from '../audit/audit.service';
import { IdentityError } from '../identity-error';
import { DisciplineSanctionEntity } from '../persistence/entities/discipline-sanction.entity';
import { MembershipEntity } from '../persistence/entities/membership.entity';
import { personInReach } from './person-in-reach';

export function toSanction(e: DisciplineSanctionEntity): Sanction {
  return {
    id: e.id,
    kind: e.kind,
    decidedOn: e.decidedOn,
    effectiveFrom: e.effectiveFrom,
    termMonths: e.termMonths,
    rightsRestoredOn: e.rightsRestoredOn,
    until: e.until,
    decidingBody: e.decidingBody,
    reason: e.reason,
    files: e.files,
    recordedAt: e.createdAt.toISOString(),
  };
}

export function sanctionFacts(e: DisciplineSanctionEntity): SanctionFacts {
  return {
    kind: e.kind,
    effectiveFrom: e.effectiveFrom,
    termMonths: e.termMonths,
    rightsRestoredOn: e.rightsRestoredOn,
    until: e.until,
  };
}

/**
 * Party discipline on a member: each sanction with its dates, deciding body and files, and the
 * restoration of rights after 留党察看. Voting, being an expected voter and sponsoring follow from
 * this record on any date (see the rules in the identity contracts); every change is audited.
 */
@Injectable()
export class DisciplineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, personId: string): Promise<Sanction[]> {
    await personInReach(this.db.manager, principal, personId);
    const rows = await this.db
      .getRepository(DisciplineSanctionEntity)
      .find({ where: { personId }, order: { effectiveFrom: 'DESC', createdAt: 'DESC' } });
    return rows.map(toSanction);
  }

  async add(principal: Principal, personId: string, input: AddSanction, meta: RequestMeta): Promise<string> {
    const id = await this.db.transaction(async (tx) => {
      await personInReach(tx, principal, personId, 'person.discipline');
      const membership = await tx.findOneBy(MembershipEntity, { personId });
      const existing = (await tx.findBy(DisciplineSanctionEntity, { personId })).map(sanctionFacts);
      if (!membership || !memberOn({ membership, sanctions: existing }, input.effectiveFrom)) {
        throw IdentityError.invalid(
          'INVALID_SANCTION',
          'effectiveFrom',
          'the person is not a party member on this date',
        );
      }
      if (input.kind === 'probation' && membership.status !== 'full') {
        // A probationary member who breaks discipline has the probation cancelled instead.
        throw IdentityError.invalid('INVALID_SANCTION', 'kind', '留党察看 applies to full members only');
      }
      const saved = await tx.save(DisciplineSanctionEntity, {
        personId,
        kind: input.kind,
        decidedOn: input.decidedOn,
        effectiveFrom: input.effectiveFrom,
        termMonths: input.termMonths,
        rightsRestoredOn: input.rightsRestoredOn,
        until: input.until,
        decidingBody: input.decidingBody,
        reason: input.reason,
        files: input.files,
        createdBy: principal.userId,
      });
      return saved.id;
    });
    await this.audit.record(
      'sanction_recorded',
      { userId: principal.userId, username: principal.username, ...meta },
      {
        personId,
        sanctionId: id,
        kind: input.kind,
        effectiveFrom: input.effectiveFrom,
        decidingBody: input.decidingBody,
      },
    );
    return id;
  }

  /** 恢复党员权利 after 留党察看, from a date. */
  async restoreRights(
    principal: Principal,
    personId: string,
    sanctionId: string,
    rightsRestoredOn: string,
    meta: RequestMeta,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await personInReach(tx, principal, personId, 'person.discipline');
      const sanction = await tx.findOneBy(DisciplineSanctionEntity, { id: sanctionId, personId });
      if (!sanction) throw new NotFoundError('sanction');
      const problem = sanctionProblem({ ...sanction, rightsRestoredOn });
      if (problem) throw IdentityError.invalid('INVALID_SANCTION', 'rightsRestoredOn', problem.problem);
      await tx.update(DisciplineSanctionEntity, sanctionId, { rightsRestoredOn });
    });
    await this.audit.record(
      'rights_restored',
      { userId: principal.userId, username: principal.username, ...meta },
      { personId, sanctionId, rightsRestoredOn },
    );
  }
}
