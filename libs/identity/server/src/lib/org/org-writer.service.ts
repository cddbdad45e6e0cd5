import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { clock } from '@bastion/calendar';
import type { CreateOrg, DissolveOrg, MoveOrg, OrgKind, UpdateOrg } from '@bastion/identity-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { requireAccess, requireAdmin, requireRight } from '../access';
import { IdentityError } from '../identity-error';
import { OfficeEntity } from '../persistence/entities/office.entity';
import { OrgEventEntity } from '../persistence/entities/org-event.entity';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import { canApproveAdmissions, idsOfPath, isWithin, placementProblem } from '@bastion/identity-rules';

/** Changes to the organisation tree. Every change is recorded in the node's history. */
@Injectable()
export class OrgWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  create(principal: Principal, input: CreateOrg): Promise<string> {
    return this.db.transaction(async (tx) => {
      const parent = input.parentId ? await this.loadForUpdate(tx, input.parentId) : null;
      if (parent) requireAccess(principal, parent.path, 'org.read', 'org.manage', 'parent_organisation');
      else requireAdmin(principal);
      if (parent?.dissolvedAt)
        throw new IdentityError('ORG_DISSOLVED', composedText('identity.refusal.parent_dissolved'), 409);
      this.checkPlacement(input.kind, parent);
      const id = randomUUID();
      const path = `${parent?.path ?? '/'}${id}/`;
      const org = tx.create(OrgUnitEntity, {
        id,
        parentId: parent?.id ?? null,
        path,
        depth: idsOfPath(path).length,
        kind: input.kind,
        name: input.name,
        code: input.code ?? null,
        mayApprove: input.kind === 'committee' ? (input.mayApprove ?? true) : false,
        isTemporary: input.kind === 'branch' ? (input.isTemporary ?? false) : false,
        approvingCommitteeId: null,
      });
      if (input.approvingCommitteeId) {
        org.approvingCommitteeId = await this.checkApprover(tx, org, input.approvingCommitteeId);
      }
      await tx.insert(OrgUnitEntity, org);
      await this.record(tx, principal, id, 'created', null, describe(org));
      return id;
    });
  }

  update(principal: Principal, id: string, input: UpdateOrg): Promise<void> {
    return this.db.transaction(async (tx) => {
      const org = await this.loadForUpdate(tx, id);
      requireAccess(principal, org.path, 'org.read', 'org.manage', 'organisation');
      if (org.version !== input.version) throw IdentityError.stale();
      if (org.dissolvedAt)
        throw new IdentityError(
          'ORG_DISSOLVED',
          composedText('identity.refusal.dissolved_not_editable'),
          409,
        );
      const before = describe(org);
      if (input.name !== undefined) org.name = input.name;
      if (input.code !== undefined) org.code = input.code;
      if (input.mayApprove !== undefined) {
        if (org.kind !== 'committee')
          throw IdentityError.invalid('INVALID_APPROVER', 'mayApprove', 'applies to committees only');
        org.mayApprove = input.mayApprove;
      }
      if (input.isTemporary !== undefined) {
        if (org.kind !== 'branch')
          throw IdentityError.invalid('INVALID_ORG_STRUCTURE', 'isTemporary', 'applies to branches only');
        org.isTemporary = input.isTemporary;
      }
      if (input.approvingCommitteeId !== undefined) {
        org.approvingCommitteeId = input.approvingCommitteeId
          ? await this.checkApprover(tx, org, input.approvingCommitteeId)
          : null;
      }
      await tx.save(OrgUnitEntity, org);
      await this.record(tx, principal, id, 'updated', before, describe(org));
    });
  }

  move(principal: Principal, id: string, input: MoveOrg): Promise<void> {
    return this.db.transaction(async (tx) => {
      const org = await this.loadForUpdate(tx, id);
      const parent = org.parentId ? await this.loadForUpdate(tx, org.parentId) : null;
      requireAccess(principal, org.path, 'org.read', undefined, 'organisation');
      requireRight(principal, parent?.path ?? null, 'org.manage');
      const target = await this.loadForUpdate(tx, input.newParentId);
      requireAccess(principal, target.path, 'org.read', 'org.manage', 'new_parent_organisation');
      if (org.version !== input.version) throw IdentityError.stale();
      if (org.dissolvedAt || target.dissolvedAt) {
        throw new IdentityError('ORG_DISSOLVED', composedText('identity.refusal.dissolved_not_moved'), 409);
      }
      if (isWithin(target.path, org.path)) {
        throw IdentityError.invalid(
          'INVALID_ORG_STRUCTURE',
          'newParentId',
          'cannot be the organisation itself or inside it',
        );
      }
      this.checkPlacement(org.kind, target);
      const oldPath = org.path;
      const newPath = `${target.path}${org.id}/`;
      const depthShift = idsOfPath(newPath).length - idsOfPath(oldPath).length;
      // The whole subtree moves in one statement: every path under the old prefix is rewritten.
      await tx.query(
        `UPDATE identity.org_unit
            SET path = $2 || substr(path, length($1) + 1), depth = depth + $3, updated_at = now()
          WHERE path LIKE $1 || '%'`,
        [oldPath, newPath, depthShift],
      );
      await tx.update(OrgUnitEntity, { id: org.id }, { parentId: target.id, version: () => 'version + 1' });
      await this.record(
        tx,
        principal,
        id,
        'moved',
        { parentId: parent?.id ?? null, parentName: parent?.name ?? null },
        { parentId: target.id, parentName: target.name },
      );
    });
  }

  dissolve(principal: Principal, id: string, input: DissolveOrg): Promise<void> {
    return this.db.transaction(async (tx) => {
      const org = await this.loadForUpdate(tx, id);
      requireAccess(principal, org.path, 'org.read', undefined, 'organisation');
      const parent = org.parentId ? await this.loadForUpdate(tx, org.parentId) : null;
      requireRight(principal, parent?.path ?? null, 'org.manage');
      if (org.version !== input.version) throw IdentityError.stale();
      if (org.dissolvedAt)
        throw new IdentityError('ORG_DISSOLVED', composedText('identity.refusal.already_dissolved'), 409);
      const [children, people] = await Promise.all([
        tx.countBy(OrgUnitEntity, { parentId: id, dissolvedAt: IsNull() }),
        tx.countBy(PersonEntity, { orgId: id }),
      ]);
      if (children || people) {
        throw new IdentityError(
          'ORG_NOT_EMPTY',
          `${children} organisation(s) and ${people} person(s) still belong to it; move or dissolve them first.`,
          409,
          undefined,
          { children, people },
        );
      }
      const date = input.date ?? clock.today();
      // Offices at the node end with it; the records stay.
      await tx
        .createQueryBuilder()
        .update(OfficeEntity)
        .set({ toDate: date })
        .where('org_id = :id AND (to_date IS NULL OR to_date > :date)', { id, date })
        .execute();
      await tx.update(
        OrgUnitEntity,
        { id },
        { dissolvedAt: new Date(), dissolvedReason: input.reason, version: () => 'version + 1' },
      );
      await this.record(tx, principal, id, 'dissolved', null, { date }, input.reason);
    });
  }

  private checkPlacement(kind: OrgKind, parent: OrgUnitEntity | null): void {
    const problem = placementProblem(kind, parent?.kind ?? null);
    if (problem)
      throw IdentityError.invalid(
        'INVALID_ORG_STRUCTURE',
        'parentId',
        problem,
        composedText(`identity.refusal.placement.${kind}`),
      );
  }

  /** The approver of a branch must be a committee above it with approval authority. */
  private async checkApprover(tx: EntityManager, org: OrgUnitEntity, committeeId: string): Promise<string> {
    if (org.kind !== 'branch') {
      throw IdentityError.invalid(
        'INVALID_APPROVER',
        'approvingCommitteeId',
        'only a branch has an approving committee',
      );
    }
    const ancestors = idsOfPath(org.path).slice(0, -1);
    const committee = ancestors.includes(committeeId)
      ? await tx.findOneBy(OrgUnitEntity, { id: In([committeeId]) })
      : null;
    if (!committee || !canApproveAdmissions(committee)) {
      throw IdentityError.invalid(
        'INVALID_APPROVER',
        'approvingCommitteeId',
        'must be a party committee above the branch with the authority to approve admissions',
      );
    }
    return committee.id;
  }

  private async loadForUpdate(tx: EntityManager, id: string): Promise<OrgUnitEntity> {
    const org = await tx.findOne(OrgUnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!org) throw new NotFoundError('organisation');
    return org;
  }

  private async record(
    tx: EntityManager,
    principal: Principal,
    orgId: string,
    kind: OrgEventEntity['kind'],
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    reason: string | null = null,
  ): Promise<void> {
    await tx.save(
      OrgEventEntity,
      tx.create(OrgEventEntity, {
        orgId,
        kind,
        actorUserId: principal.userId,
        actorName: principal.displayName,
        before,
        after,
        reason,
      }),
    );
  }
}

function describe(o: OrgUnitEntity): Record<string, unknown> {
  return {
    name: o.name,
    code: o.code,
    kind: o.kind,
    mayApprove: o.mayApprove,
    isTemporary: o.isTemporary,
    approvingCommitteeId: o.approvingCommitteeId,
  };
}
