import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PersonDetail, PersonListQuery, PersonSummary } from '@bastion/identity-contracts';
import { type Principal, scopeCondition } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { keysetPage, likePattern, thenById } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { identityScope, requireAccess } from '../access';
import { MembershipEntity } from '../persistence/entities/membership.entity';
import { OfficeEntity } from '../persistence/entities/office.entity';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import { UserAccountEntity } from '../persistence/entities/user-account.entity';
import { VoterExclusionEntity } from '../persistence/entities/voter-exclusion.entity';
import { DisciplineSanctionEntity } from '../persistence/entities/discipline-sanction.entity';
import { toSanction } from './discipline.service';
import { IdNumberVault, idNumberProblem } from './id-number';
import { maskPhone } from './phone-number';

type PersonRow = PersonEntity & { org: OrgUnitEntity; membership?: MembershipEntity | null };

@Injectable()
export class PeopleReader {
  constructor(
    private readonly vault: IdNumberVault,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(VoterExclusionEntity) private readonly exclusions: Repository<VoterExclusionEntity>,
    @InjectRepository(DisciplineSanctionEntity)
    private readonly sanctions: Repository<DisciplineSanctionEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
  ) {}

  async list(principal: Principal, query: PersonListQuery): Promise<Page<PersonSummary>> {
    const [condition, params] = scopeCondition(identityScope(principal, 'person.read'), 'o.path');
    const qb = this.people
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.org', 'o')
      .leftJoinAndMapOne('p.membership', MembershipEntity, 'm', 'm.person_id = p.id')
      .where(condition, params);
    if (query.orgId) {
      qb.andWhere(`o.path LIKE (SELECT path FROM identity.org_unit WHERE id = :orgId) || '%'`, {
        orgId: query.orgId,
      });
    }
    if (query.status === 'member') qb.andWhere('m.person_id IS NOT NULL');
    else if (query.status === 'none') qb.andWhere('m.person_id IS NULL');
    else if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.q) {
      const q = query.q.toUpperCase();
      if (idNumberProblem(q) === null) {
        qb.andWhere('p.id_number_digest = :digest', { digest: this.vault.digest(q) });
      } else {
        qb.andWhere('(p.name ILIKE :q OR p.phone LIKE :q OR p.work_unit ILIKE :q)', {
          q: likePattern(query.q),
        });
      }
    }
    const order =
      query.sort === 'created'
        ? thenById<PersonEntity>('p.created_at', 'asc', (p) => p.createdAt)
        : thenById<PersonEntity>('p.name', 'asc', (p) => p.name);
    const page = await keysetPage(qb, order, query);
    return { ...page, items: page.items.map((p) => toSummary(p as PersonRow)) };
  }

  async get(principal: Principal, id: string): Promise<PersonDetail> {
    const person = await this.load(id);
    requireAccess(principal, person.org.path, 'person.read', undefined, 'person');
    const [membership, exclusions, sanctions, offices, login] = await Promise.all([
      this.memberships.findOneBy({ personId: id }),
      this.exclusions.find({ where: { personId: id }, order: { fromDate: 'DESC' } }),
      this.sanctions.find({ where: { personId: id }, order: { effectiveFrom: 'DESC', createdAt: 'DESC' } }),
      this.offices.find({ where: { personId: id }, relations: { org: true }, order: { fromDate: 'DESC' } }),
      this.users.existsBy({ personId: id }),
    ]);
    return {
      ...toSummary({ ...person, membership }),
      birthDate: person.birthDate,
      membership: membership
        ? {
            status: membership.status,
            admissionDate: membership.admissionDate,
            standingDate: membership.standingDate,
            votingRights: membership.votingRights,
          }
        : null,
      exclusions: exclusions.map((e) => ({
        id: e.id,
        reason: e.reason,
        fromDate: e.fromDate,
        toDate: e.toDate,
        approvedBy: e.approvedBy,
      })),
      sanctions: sanctions.map(toSanction),
      offices: offices.map((o) => ({
        id: o.id,
        role: o.role,
        org: { id: o.org!.id, name: o.org!.name, kind: o.org!.kind },
        fromDate: o.fromDate,
        toDate: o.toDate,
      })),
      hasLogin: login,
      version: person.version,
    };
  }

  async load(id: string): Promise<PersonEntity & { org: OrgUnitEntity }> {
    const person = await this.people.findOne({ where: { id }, relations: { org: true } });
    if (!person) throw new NotFoundError('person');
    return person as PersonEntity & { org: OrgUnitEntity };
  }
}

function toSummary(p: PersonRow): PersonSummary {
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    idNumberMasked: p.idNumberMasked,
    phoneMasked: p.phone === null ? null : maskPhone(p.phone),
    workUnit: p.workUnit,
    org: { id: p.org.id, name: p.org.name, kind: p.org.kind },
    membershipStatus: p.membership?.status ?? null,
    developmentStage: p.developmentStage,
  };
}
