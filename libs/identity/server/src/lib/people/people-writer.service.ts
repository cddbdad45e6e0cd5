import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, Not } from 'typeorm';
import type { CreatePerson, UpdatePerson } from '@bastion/identity-contracts';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError, type RequestMeta } from '@bastion/platform-http';
import { requireAccess, requireAdmin } from '../access';
import { AuditService } from '../audit/audit.service';
import { IdentityError } from '../identity-error';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import {
  birthDateOfIdNumber,
  genderOfIdNumber,
  IdNumberVault,
  idNumberProblem,
  maskIdNumber,
} from './id-number';

@Injectable()
export class PeopleWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly vault: IdNumberVault,
    private readonly audit: AuditService,
  ) {}

  create(principal: Principal, input: CreatePerson): Promise<string> {
    return this.db.transaction(async (tx) => {
      const org = await this.liveOrg(tx, input.orgId);
      requireAccess(principal, org.path, 'person.read', 'person.manage', 'organisation');
      const person = tx.create(PersonEntity, {
        name: input.name,
        gender: input.gender,
        birthDate: input.birthDate ?? null,
        phone: input.phone ?? null,
        workUnit: input.workUnit ?? null,
        orgId: org.id,
      });
      await this.applyIdNumber(tx, person, input.idNumber ?? null);
      const saved = await tx.save(PersonEntity, person);
      return saved.id;
    });
  }

  update(principal: Principal, id: string, input: UpdatePerson): Promise<void> {
    return this.db.transaction(async (tx) => {
      const person = await this.loadForUpdate(tx, id);
      requireAccess(principal, person.org.path, 'person.read', 'person.manage', 'person');
      if (person.version !== input.version) throw IdentityError.stale();
      if (input.orgId !== undefined && input.orgId !== person.orgId) {
        // A transfer: the receiving organisation must be within the caller's reach too.
        const target = await this.liveOrg(tx, input.orgId);
        requireAccess(principal, target.path, 'person.read', 'person.manage', 'organisation');
        person.orgId = target.id;
      }
      if (input.name !== undefined) person.name = input.name;
      if (input.gender !== undefined) person.gender = input.gender;
      if (input.birthDate !== undefined) person.birthDate = input.birthDate;
      if (input.phone !== undefined) person.phone = input.phone;
      if (input.workUnit !== undefined) person.workUnit = input.workUnit;
      if (input.idNumber !== undefined) await this.applyIdNumber(tx, person, input.idNumber);
      else
        this.checkConsistency(
          person,
          person.idNumberCipher ? this.vault.decrypt(person.idNumberCipher) : null,
        );
      const { org: _org, ...columns } = person;
      await tx.save(PersonEntity, columns);
    });
  }

  /** Shows the full ID number to an administrator who asks, with a reason, and records that they did. */
  async revealIdNumber(principal: Principal, id: string, reason: string, meta: RequestMeta): Promise<string> {
    const person = await this.db
      .getRepository(PersonEntity)
      .findOne({ where: { id }, relations: { org: true } });
    if (!person) throw new NotFoundError('person');
    requireAccess(principal, person.org!.path, 'person.read', undefined, 'person');
    requireAdmin(principal);
    if (!person.idNumberCipher) throw new NotFoundError('id_number');
    await this.audit.record(
      'id_number_revealed',
      { userId: principal.userId, username: principal.username, ...meta },
      {
        personId: id,
        reason,
      },
    );
    return this.vault.decrypt(person.idNumberCipher);
  }

  /** Shows the full phone number to whoever may read the person, with a reason, and records that they did. */
  async revealPhone(principal: Principal, id: string, reason: string, meta: RequestMeta): Promise<string> {
    const person = await this.db
      .getRepository(PersonEntity)
      .findOne({ where: { id }, relations: { org: true } });
    if (!person) throw new NotFoundError('person');
    requireAccess(principal, person.org!.path, 'person.read', undefined, 'person');
    if (!person.phone) throw new NotFoundError('phone');
    await this.audit.record(
      'phone_revealed',
      { userId: principal.userId, username: principal.username, ...meta },
      { personId: id, reason },
    );
    return person.phone;
  }

  private async applyIdNumber(
    tx: EntityManager,
    person: PersonEntity,
    idNumber: string | null,
  ): Promise<void> {
    if (idNumber === null || idNumber === '') {
      person.idNumberCipher = person.idNumberDigest = person.idNumberMasked = null;
      this.checkConsistency(person, null);
      return;
    }
    const problem = idNumberProblem(idNumber);
    if (problem) throw IdentityError.invalid('INVALID_ID_NUMBER', 'idNumber', problem);
    const digest = this.vault.digest(idNumber);
    const taken = await tx.existsBy(PersonEntity, {
      idNumberDigest: digest,
      ...(person.id ? { id: Not(person.id) } : {}),
    });
    if (taken) {
      throw new IdentityError('DUPLICATE_ID_NUMBER', 'Another person already has this ID number.', 409, [
        { field: 'idNumber', problem: 'belongs to another person' },
      ]);
    }
    person.birthDate ??= birthDateOfIdNumber(idNumber);
    this.checkConsistency(person, idNumber);
    person.idNumberCipher = this.vault.encrypt(idNumber);
    person.idNumberDigest = digest;
    person.idNumberMasked = maskIdNumber(idNumber);
  }

  /** The birth date and gender must agree with the ID number when there is one. */
  private checkConsistency(person: PersonEntity, idNumber: string | null): void {
    if (!idNumber) return;
    if (person.birthDate && person.birthDate !== birthDateOfIdNumber(idNumber)) {
      throw IdentityError.invalid(
        'INVALID_ID_NUMBER',
        'birthDate',
        'does not match the birth date in the ID number',
      );
    }
    if (person.gender !== genderOfIdNumber(idNumber)) {
      throw IdentityError.invalid(
        'INVALID_ID_NUMBER',
        'gender',
        'does not match the gender in the ID number',
      );
    }
  }

  private async liveOrg(tx: EntityManager, id: string): Promise<OrgUnitEntity> {
    const org = await tx.findOneBy(OrgUnitEntity, { id });
    if (!org) throw new NotFoundError('organisation');
    if (org.dissolvedAt) throw new IdentityError('ORG_DISSOLVED', 'The organisation is dissolved.', 409);
    return org;
  }

  private async loadForUpdate(tx: EntityManager, id: string): Promise<PersonEntity & { org: OrgUnitEntity }> {
    const person = await tx.findOne(PersonEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write', tables: ['person'] },
    });
    if (!person) throw new NotFoundError('person');
    const org = await tx.findOneByOrFail(OrgUnitEntity, { id: person.orgId });
    return Object.assign(person, { org });
  }
}
