import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  officeHeldAt,
  type AddExclusion,
  type AddOffice,
  type SetMembership,
} from '@bastion/identity-contracts';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { requireAccess } from '../access';
import { IdentityError } from '../identity-error';
import { MembershipEntity } from '../persistence/entities/membership.entity';
import { OfficeEntity } from '../persistence/entities/office.entity';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { VoterExclusionEntity } from '../persistence/entities/voter-exclusion.entity';
import { personInReach } from './person-in-reach';

/** Membership records, voter exclusions and offices of a person. */
@Injectable()
export class MembershipWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  setMembership(principal: Principal, personId: string, input: SetMembership): Promise<void> {
    return this.db.transaction(async (tx) => {
      await personInReach(tx, principal, personId, 'person.manage');
      const standingDate = input.standingDate ?? null;
      if (input.status === 'full' && !standingDate) {
        throw IdentityError.invalid('INVALID_MEMBERSHIP', 'standingDate', 'is required for a full member');
      }
      if (input.status === 'probationary' && standingDate) {
        throw IdentityError.invalid(
          'INVALID_MEMBERSHIP',
          'standingDate',
          'a probationary member has no standing date yet',
        );
      }
      if (standingDate && standingDate < input.admissionDate) {
        throw IdentityError.invalid(
          'INVALID_MEMBERSHIP',
          'standingDate',
          'cannot be before the admission date',
        );
      }
      await tx.save(MembershipEntity, {
        personId,
        status: input.status,
        admissionDate: input.admissionDate,
        standingDate,
        // Probationary members do not vote.
        votingRights: input.status === 'full' && input.votingRights,
      });
    });
  }

  addExclusion(principal: Principal, personId: string, input: AddExclusion): Promise<string> {
    return this.db.transaction(async (tx) => {
      await personInReach(tx, principal, personId, 'person.manage');
      const membership = await tx.findOneBy(MembershipEntity, { personId });
      if (membership?.status !== 'full') {
        throw IdentityError.invalid(
          'INVALID_MEMBERSHIP',
          'personId',
          'only full members are expected voters',
        );
      }
      this.checkPeriod(input.fromDate, input.toDate ?? null);
      const saved = await tx.save(VoterExclusionEntity, {
        personId,
        reason: input.reason,
        fromDate: input.fromDate,
        toDate: input.toDate ?? null,
        approvedBy: input.approvedBy,
        createdBy: principal.userId,
      });
      return saved.id;
    });
  }

  endExclusion(principal: Principal, personId: string, exclusionId: string, toDate: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      await personInReach(tx, principal, personId, 'person.manage');
      const exclusion = await tx.findOneBy(VoterExclusionEntity, { id: exclusionId, personId });
      if (!exclusion) throw new NotFoundError('exclusion');
      this.checkPeriod(exclusion.fromDate, toDate);
      await tx.update(VoterExclusionEntity, exclusionId, { toDate });
    });
  }

  addOffice(principal: Principal, personId: string, input: AddOffice): Promise<string> {
    return this.db.transaction(async (tx) => {
      await personInReach(tx, principal, personId);
      const org = await tx.findOneBy(OrgUnitEntity, { id: input.orgId });
      if (!org) throw new NotFoundError('organisation');
      // Appointing to an office is managing the organisation that holds it.
      requireAccess(principal, org.path, 'org.read', 'person.manage', 'organisation');
      if (org.dissolvedAt) throw new IdentityError('ORG_DISSOLVED', 'The organisation is dissolved.', 409);
      if (!officeHeldAt[input.role].includes(org.kind)) {
        throw IdentityError.invalid(
          'INVALID_OFFICE',
          'role',
          `is not held at a ${org.kind.replace('_', ' ')}`,
        );
      }
      this.checkPeriod(input.fromDate, input.toDate ?? null);
      const saved = await tx.save(OfficeEntity, {
        personId,
        orgId: org.id,
        role: input.role,
        fromDate: input.fromDate,
        toDate: input.toDate ?? null,
        createdBy: principal.userId,
      });
      return saved.id;
    });
  }

  endOffice(principal: Principal, officeId: string, toDate: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const office = await tx.findOneBy(OfficeEntity, { id: officeId });
      if (!office) throw new NotFoundError('office');
      const org = await tx.findOneByOrFail(OrgUnitEntity, { id: office.orgId });
      requireAccess(principal, org.path, 'org.read', 'person.manage', 'office');
      this.checkPeriod(office.fromDate, toDate);
      await tx.update(OfficeEntity, officeId, { toDate });
    });
  }

  private checkPeriod(from: string, to: string | null): void {
    if (to && to < from)
      throw IdentityError.invalid('INVALID_OFFICE', 'toDate', 'cannot be before the start date');
  }
}
