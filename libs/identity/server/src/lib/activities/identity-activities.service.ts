import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { type DataSource, In } from 'typeorm';
import { clock } from '@bastion/calendar';
import {
  expelledOn,
  type ExpectedVoters,
  fullMemberOn,
  type IdentityActivities,
  type MemberOnRecord,
  type OrgSnapshot,
  type OrgSubtreeNode,
  type PersonSnapshot,
  type RecordDevelopmentInput,
  votingRightsOn,
} from '@bastion/identity-contracts';
import type { HolidayCalendarService } from '../calendar/holiday-calendar.service';
import { DisciplineSanctionEntity } from '../persistence/entities/discipline-sanction.entity';
import { MembershipEntity } from '../persistence/entities/membership.entity';
import { sanctionFacts } from '../people/discipline.service';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import { approvingCommitteeOf, idsOfPath } from '@bastion/identity-rules';
import { toRef } from '../org/org-reader.service';

function notFound(what: string): ApplicationFailure {
  // A business refusal: retrying cannot make the record appear.
  return ApplicationFailure.create({
    type: 'NOT_FOUND',
    message: `${what} was not found`,
    nonRetryable: true,
  });
}

/**
 * What other services' workflows may ask the identity service. Answers copy names and paths at
 * the moment of asking, which is what their records should show later.
 */
@Injectable()
export class IdentityActivitiesService implements Omit<IdentityActivities, 'holidayCalendar'> {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async resolveRoleHolders(input: { role: string; orgId: string; date?: string }): Promise<PersonSnapshot[]> {
    const date = input.date ?? clock.today();
    await this.loadOrg(input.orgId);
    const rows: { id: string }[] =
      input.role === 'full_member' || input.role === 'probationary_member'
        ? await this.db.query(
            `SELECT p.id FROM identity.person p JOIN identity.membership m ON m.person_id = p.id
              WHERE p.org_id = $1 AND m.status = $2 ORDER BY p.name, p.id`,
            [input.orgId, input.role === 'full_member' ? 'full' : 'probationary'],
          )
        : await this.db.query(
            `SELECT DISTINCT p.id, p.name FROM identity.office o JOIN identity.person p ON p.id = o.person_id
              WHERE o.org_id = $1 AND o.role = $2 AND o.from_date <= $3 AND (o.to_date IS NULL OR o.to_date >= $3)
              ORDER BY p.name, p.id`,
            [input.orgId, input.role, date],
          );
    const people = await Promise.all(rows.map((r) => this.snapshotPerson({ personId: r.id })));
    // After 开除 a person is not a member, whatever the membership row still says.
    return input.role === 'full_member' || input.role === 'probationary_member'
      ? people.filter((p) => !expelledOn(p.sanctions ?? [], date))
      : people;
  }

  /**
   * 应到会有表决权的正式党员 of a branch on a meeting date: its full members on that date, those of
   * them with voting rights as their discipline record has it (none during 留党察看, none after
   * 开除), less those excluded with the superior's consent for a period covering the date.
   */
  async countExpectedVoters(input: { branchId: string; date: string }): Promise<ExpectedVoters> {
    const branch = await this.loadOrg(input.branchId);
    const members: { id: string; name: string }[] = await this.db.query(
      `SELECT p.id, p.name FROM identity.membership m JOIN identity.person p ON p.id = m.person_id
        WHERE p.org_id = $1 ORDER BY p.name, p.id`,
      [branch.id],
    );
    const records = await this.membersOnRecord(members.map((m) => m.id));
    const full = members.filter((m) => fullMemberOn(records.get(m.id)!, input.date));
    const voting = full.filter((m) => votingRightsOn(records.get(m.id)!, input.date));
    const votingIds = voting.map((m) => m.id);
    const excluded: { person_id: string; name: string; reason: string; approved_by: string }[] = votingIds.length
      ? await this.db.query(
          `SELECT DISTINCT ON (p.id) p.id AS person_id, p.name, e.reason, e.approved_by
             FROM identity.voter_exclusion e JOIN identity.person p ON p.id = e.person_id
            WHERE p.id = ANY($1::uuid[]) AND e.from_date <= $2 AND (e.to_date IS NULL OR e.to_date >= $2)
            ORDER BY p.id, e.from_date DESC`,
          [votingIds, input.date],
        )
      : [];
    return {
      branchId: branch.id,
      date: input.date,
      fullMembers: full.length,
      withVotingRights: voting.length,
      excluded: excluded
        .map((e) => ({ personId: e.person_id, name: e.name, reason: e.reason, approvedBy: e.approved_by }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      suspended: full
        .filter((m) => !votingIds.includes(m.id))
        .map((m) => ({ personId: m.id, name: m.name })),
      expected: voting.length - excluded.length,
    };
  }

  /** Each person's membership and discipline, as the rules take them. */
  private async membersOnRecord(personIds: string[]): Promise<Map<string, MemberOnRecord>> {
    if (!personIds.length) return new Map();
    const [memberships, sanctions] = await Promise.all([
      this.db.getRepository(MembershipEntity).findBy({ personId: In(personIds) }),
      this.db.getRepository(DisciplineSanctionEntity).findBy({ personId: In(personIds) }),
    ]);
    return new Map(
      personIds.map((id) => {
        const m = memberships.find((x) => x.personId === id) ?? null;
        return [
          id,
          {
            membership: m
              ? { status: m.status, admissionDate: m.admissionDate, standingDate: m.standingDate, votingRights: m.votingRights }
              : null,
            sanctions: sanctions.filter((x) => x.personId === id).map(sanctionFacts),
          },
        ];
      }),
    );
  }

  async snapshotPerson(input: { personId: string }): Promise<PersonSnapshot> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ id: input.personId });
    if (!person) throw notFound(`Person ${input.personId}`);
    const [org, membership, sanctions] = await Promise.all([
      this.snapshotOrg({ orgId: person.orgId }),
      this.db.getRepository(MembershipEntity).findOneBy({ personId: person.id }),
      this.db.getRepository(DisciplineSanctionEntity).find({
        where: { personId: person.id },
        order: { effectiveFrom: 'ASC', createdAt: 'ASC' },
      }),
    ]);
    const facts = sanctions.map(sanctionFacts);
    const today = clock.today();
    return {
      id: person.id,
      name: person.name,
      gender: person.gender,
      birthDate: person.birthDate,
      org: { id: org.id, name: org.name, kind: org.kind },
      orgPath: org.path,
      membership: membership
        ? {
            status: membership.status,
            admissionDate: membership.admissionDate,
            standingDate: membership.standingDate,
            // As of today: the discipline record may have suspended them.
            votingRights: votingRightsOn({ membership, sanctions: facts }, today),
          }
        : null,
      sanctions: facts,
    };
  }

  async snapshotOrg(input: { orgId: string }): Promise<OrgSnapshot> {
    const org = await this.loadOrg(input.orgId);
    const ancestorIds = idsOfPath(org.path).slice(0, -1);
    const found = ancestorIds.length
      ? await this.db.getRepository(OrgUnitEntity).findBy({ id: In(ancestorIds) })
      : [];
    const byId = new Map(found.map((a) => [a.id, a]));
    const chain = ancestorIds.map((id) => byId.get(id)!);
    const approver = org.kind === 'branch' ? approvingCommitteeOf(org, [...chain].reverse()) : null;
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      path: [...chain, org].map(toRef),
      idPath: org.path,
      dissolved: org.dissolvedAt !== null,
      approvingCommittee: approver ? toRef(approver.committee as OrgUnitEntity) : null,
      mayApprove: org.mayApprove,
      isTemporary: org.isTemporary,
    };
  }

  async orgSubtree(input: { orgId: string }): Promise<OrgSubtreeNode[]> {
    const root = await this.loadOrg(input.orgId);
    const rows = await this.db
      .getRepository(OrgUnitEntity)
      .createQueryBuilder('o')
      .where('o.path LIKE :prefix', { prefix: `${root.path}%` })
      .andWhere('o.dissolved_at IS NULL')
      .orderBy('o.path')
      .getMany();
    const rootDepth = idsOfPath(root.path).length;
    return rows.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      idPath: o.path,
      depth: idsOfPath(o.path).length - rootDepth,
    }));
  }

  /**
   * Writes what the development case says of the person. Each write states the whole truth of
   * the moment (the stage, and the membership when it changed), so replaying one is harmless.
   */
  async recordDevelopment(input: RecordDevelopmentInput): Promise<void> {
    await this.db.transaction(async (tx) => {
      const updated = await tx.update(
        PersonEntity,
        { id: input.personId },
        { developmentStage: input.stage },
      );
      if (!updated.affected) throw notFound(`Person ${input.personId}`);
      if (input.membership === undefined) return;
      if (input.membership === null) {
        // Probation cancelled (取消预备党员资格): the person is no longer a member at all.
        await tx.delete(MembershipEntity, { personId: input.personId });
        return;
      }
      const full = input.membership.status === 'full';
      await tx.upsert(
        MembershipEntity,
        {
          personId: input.personId,
          status: input.membership.status,
          admissionDate: input.membership.admissionDate,
          standingDate: full ? input.membership.standingDate : null,
          // Probationary members do not vote.
          votingRights: full,
        },
        ['personId'],
      );
    });
  }

  private async loadOrg(id: string): Promise<OrgUnitEntity> {
    const org = await this.db.getRepository(OrgUnitEntity).findOneBy({ id });
    if (!org) throw notFound(`Organisation ${id}`);
    return org;
  }
}

/** The plain object the worker registers: each method bound to the service. */
export function identityActivities(
  service: IdentityActivitiesService,
  calendar: HolidayCalendarService,
): IdentityActivities {
  return {
    resolveRoleHolders: (input) => service.resolveRoleHolders(input),
    countExpectedVoters: (input) => service.countExpectedVoters(input),
    snapshotPerson: (input) => service.snapshotPerson(input),
    snapshotOrg: (input) => service.snapshotOrg(input),
    orgSubtree: (input) => service.orgSubtree(input),
    recordDevelopment: (input) => service.recordDevelopment(input),
    holidayCalendar: () => calendar.years(),
  };
}
