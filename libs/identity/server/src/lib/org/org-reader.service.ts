import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import { clock } from '@bastion/calendar';
import {
  branchCommitteeOffices,
  type OrgDetail,
  type OrgEvent,
  type OrgListQuery,
  type OrgRef,
  type OrgSummary,
} from '@bastion/identity-contracts';
import { type Principal, scopeCondition } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { keysetPage, likePattern, thenById } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { identityScope, requireAccess } from '../access';
import { OrgEventEntity } from '../persistence/entities/org-event.entity';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { approvingCommitteeOf, idsOfPath, thresholdWarnings } from '@bastion/identity-rules';

@Injectable()
export class OrgReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(OrgUnitEntity) private readonly orgs: Repository<OrgUnitEntity>,
    @InjectRepository(OrgEventEntity) private readonly events: Repository<OrgEventEntity>,
  ) {}

  async list(principal: Principal, query: OrgListQuery): Promise<Page<OrgSummary>> {
    const scope = identityScope(principal, 'org.read');
    const [condition, params] = scopeCondition(scope, 'o.path');
    const qb = this.orgs.createQueryBuilder('o').where(condition, params);
    if (query.includeDissolved !== 'true') qb.andWhere('o.dissolved_at IS NULL');
    if (query.parentId) qb.andWhere('o.parent_id = :parentId', { parentId: query.parentId });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.level === 'root') {
      if (scope.kind === 'subtrees') qb.andWhere('o.path IN (:...roots)', { roots: scope.paths });
      else qb.andWhere('o.parent_id IS NULL');
    }
    if (query.q) qb.andWhere('(o.name ILIKE :q OR o.code ILIKE :q)', { q: likePattern(query.q) });
    const order =
      query.sort === 'created'
        ? thenById<OrgUnitEntity>('o.created_at', 'asc', (o) => o.createdAt)
        : thenById<OrgUnitEntity>('o.name', 'asc', (o) => o.name);
    const page = await keysetPage(qb, order, query);
    const counts = await this.childCounts(
      page.items.map((o) => o.id),
      query.includeDissolved === 'true',
    );
    return { ...page, items: page.items.map((o) => toSummary(o, counts.get(o.id) ?? 0)) };
  }

  async get(principal: Principal, id: string): Promise<OrgDetail> {
    const org = await this.load(id);
    requireAccess(principal, org.path, 'org.read', undefined, 'organisation');
    const ancestorIds = idsOfPath(org.path).slice(0, -1);
    const ancestors = ancestorIds.length ? await this.orgs.findBy({ id: In(ancestorIds) }) : [];
    const byId = new Map(ancestors.map((a) => [a.id, a]));
    const chain = ancestorIds.map((a) => byId.get(a)!).filter(Boolean);
    const nearestFirst = [...chain].reverse();
    const approver = org.kind === 'branch' ? approvingCommitteeOf(org, nearestFirst) : null;
    const [memberCounts, committeeOfficers, children] = await Promise.all([
      this.memberCounts(org.path),
      this.committeeOfficers(org.id),
      this.childCounts([org.id], false),
    ]);
    const warnings = thresholdWarnings({
      kind: org.kind,
      fullMembers: memberCounts.full,
      probationaryMembers: memberCounts.probationary,
      committeeOfficers,
      hasApprover: approver !== null,
      approverMisplaced: org.approvingCommitteeId !== null && !(approver && !approver.inherited),
    });
    return {
      ...toSummary(org, children.get(org.id) ?? 0),
      path: [...chain, org].map(toRef),
      mayApprove: org.mayApprove,
      isTemporary: org.isTemporary,
      approvingCommittee: approver
        ? { ...toRef(approver.committee as OrgUnitEntity), inherited: approver.inherited }
        : null,
      dissolvedAt: org.dissolvedAt?.toISOString() ?? null,
      dissolvedReason: org.dissolvedReason,
      memberCounts,
      warnings: org.dissolvedAt ? [] : warnings,
      version: org.version,
    };
  }

  async history(principal: Principal, id: string): Promise<{ items: OrgEvent[] }> {
    const org = await this.load(id);
    requireAccess(principal, org.path, 'org.read', undefined, 'organisation');
    const rows = await this.events.find({
      where: { orgId: id },
      order: { at: 'DESC', id: 'DESC' },
      take: 200,
    });
    return {
      items: rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        at: e.at.toISOString(),
        actorName: e.actorName,
        before: e.before,
        after: e.after,
        reason: e.reason,
      })),
    };
  }

  async load(id: string): Promise<OrgUnitEntity> {
    const org = await this.orgs.findOneBy({ id });
    if (!org) throw new NotFoundError('organisation');
    return org;
  }

  /** Full and probationary members of the subtree rooted at `path`. */
  private async memberCounts(path: string): Promise<{ full: number; probationary: number }> {
    const rows: { status: string; n: string }[] = await this.db.query(
      `SELECT m.status, count(*) AS n
         FROM identity.membership m
         JOIN identity.person p ON p.id = m.person_id
         JOIN identity.org_unit u ON u.id = p.org_id
        WHERE u.path LIKE $1
        GROUP BY m.status`,
      [`${path}%`],
    );
    const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return { full: count('full'), probationary: count('probationary') };
  }

  private async committeeOfficers(orgId: string): Promise<number> {
    const today = clock.today();
    const rows: { n: string }[] = await this.db.query(
      `SELECT count(DISTINCT person_id) AS n FROM identity.office
        WHERE org_id = $1 AND role = ANY($2) AND from_date <= $3 AND (to_date IS NULL OR to_date >= $3)`,
      [orgId, branchCommitteeOffices, today],
    );
    return Number(rows[0]?.n ?? 0);
  }

  private async childCounts(ids: string[], includeDissolved: boolean): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { parent_id: string; n: string }[] = await this.db.query(
      `SELECT parent_id, count(*) AS n FROM identity.org_unit
        WHERE parent_id = ANY($1) ${includeDissolved ? '' : 'AND dissolved_at IS NULL'}
        GROUP BY parent_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
  }
}

export function toRef(o: OrgUnitEntity): OrgRef {
  return { id: o.id, name: o.name, kind: o.kind };
}

function toSummary(o: OrgUnitEntity, childCount: number): OrgSummary {
  return {
    id: o.id,
    parentId: o.parentId,
    kind: o.kind,
    name: o.name,
    code: o.code,
    dissolved: o.dissolvedAt !== null,
    childCount,
  };
}
