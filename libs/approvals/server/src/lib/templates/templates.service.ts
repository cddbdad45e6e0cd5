import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  RouteTemplate,
  SaveRouteTemplate,
  TemplateListQuery,
  UpdateRouteTemplate,
} from '@bastion/approvals-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { keysetPage, likePattern, thenById } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { requireAdmin } from '../access';
import { ApprovalsError } from '../approvals-error';
import {
  RouteTemplateEntity,
  RouteTemplateVersionEntity,
} from '../persistence/entities/route-template.entity';

type WithCurrent = RouteTemplateEntity & { current: RouteTemplateVersionEntity };

function view(t: RouteTemplateEntity, v: RouteTemplateVersionEntity): RouteTemplate {
  return {
    id: t.id,
    name: v.name,
    description: v.description,
    version: v.version,
    route: v.route,
    archived: t.archivedAt !== null,
    updatedAt: t.updatedAt.toISOString(),
    updatedBy: t.updatedBy,
  };
}

/** Who changed a template, as the record shows it. */
function author(principal: Principal): { userId: string; name: string } {
  return { userId: principal.userId, name: principal.displayName };
}

/**
 * Route templates: anyone signed in may read them (to submit along one); system administrators
 * create, edit and archive them. An edit is a new version; every version is kept, and a running
 * request keeps the one it started with (its route is in its workflow's input).
 */
@Injectable()
export class TemplatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(principal: Principal, query: TemplateListQuery): Promise<Page<RouteTemplate>> {
    const q = this.db
      .getRepository(RouteTemplateEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne(
        't.current',
        RouteTemplateVersionEntity,
        'v',
        'v.template_id = t.id AND v.version = t.current_version',
      );
    if (!(principal.isAdmin && query.includeArchived)) q.andWhere('t.archived_at IS NULL');
    if (query.q) q.andWhere('t.name ILIKE :q', { q: likePattern(query.q) });
    const page = await keysetPage(
      q,
      thenById('t.name', 'asc', (t) => t.name),
      query,
    );
    return { ...page, items: page.items.map((t) => view(t, (t as WithCurrent).current)) };
  }

  async get(id: string, version?: number): Promise<RouteTemplate> {
    const template = await this.load(this.db.manager, id);
    return view(template, await this.version(this.db.manager, id, version ?? template.currentVersion));
  }

  async versions(id: string) {
    await this.load(this.db.manager, id);
    const rows = await this.db
      .getRepository(RouteTemplateVersionEntity)
      .find({ where: { templateId: id }, order: { version: 'DESC' } });
    return {
      items: rows.map((v) => ({
        version: v.version,
        name: v.name,
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy,
      })),
    };
  }

  async create(principal: Principal, input: SaveRouteTemplate): Promise<string> {
    requireAdmin(principal);
    return this.db.transaction((tx) => insertTemplate(tx, input, author(principal)));
  }

  update(principal: Principal, id: string, input: UpdateRouteTemplate): Promise<RouteTemplate> {
    requireAdmin(principal);
    return this.db.transaction(async (tx) => {
      const template = await this.load(tx, id, true);
      if (template.currentVersion !== input.version) throw ApprovalsError.stale();
      const now = new Date();
      const version = tx.create(RouteTemplateVersionEntity, {
        templateId: id,
        version: template.currentVersion + 1,
        name: input.name,
        description: input.description ?? null,
        route: input.route,
        createdAt: now,
        createdByUserId: principal.userId,
        createdBy: principal.displayName,
      });
      await tx.insert(RouteTemplateVersionEntity, version);
      Object.assign(template, {
        name: input.name,
        description: input.description ?? null,
        currentVersion: version.version,
        updatedAt: now,
        updatedBy: principal.displayName,
      });
      await tx.update(
        RouteTemplateEntity,
        { id },
        {
          name: template.name,
          description: template.description,
          currentVersion: template.currentVersion,
          updatedAt: now,
          updatedBy: template.updatedBy,
        },
      );
      return view(template, version);
    });
  }

  async archive(principal: Principal, id: string): Promise<void> {
    requireAdmin(principal);
    await this.load(this.db.manager, id);
    await this.db.getRepository(RouteTemplateEntity).update(
      { id },
      {
        archivedAt: () => 'COALESCE(archived_at, now())',
        updatedAt: new Date(),
        updatedBy: principal.displayName,
      },
    );
  }

  /** The template and version a new request starts along; an archived template takes no new requests. */
  async forSubmission(
    id: string,
  ): Promise<{ template: RouteTemplateEntity; version: RouteTemplateVersionEntity }> {
    const template = await this.load(this.db.manager, id);
    if (template.archivedAt) {
      throw new ApprovalsError('TEMPLATE_ARCHIVED', composedText('approvals.service.template_archived'), 409);
    }
    return { template, version: await this.version(this.db.manager, id, template.currentVersion) };
  }

  private async load(tx: EntityManager, id: string, forUpdate = false): Promise<RouteTemplateEntity> {
    const template = await tx.getRepository(RouteTemplateEntity).findOne({
      where: { id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!template) throw new NotFoundError('route_template');
    return template;
  }

  private async version(tx: EntityManager, id: string, version: number): Promise<RouteTemplateVersionEntity> {
    const row = await tx.getRepository(RouteTemplateVersionEntity).findOneBy({ templateId: id, version });
    if (!row) throw new NotFoundError('route_template_version');
    return row;
  }
}

/** Inserts a new template at version 1. */
export async function insertTemplate(
  tx: EntityManager,
  input: SaveRouteTemplate,
  by: { userId: string | null; name: string },
): Promise<string> {
  const now = new Date();
  const template = tx.create(RouteTemplateEntity, {
    name: input.name,
    description: input.description ?? null,
    currentVersion: 1,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
    updatedBy: by.name,
  });
  const { identifiers } = await tx.insert(RouteTemplateEntity, template);
  const id = identifiers[0]!['id'] as string;
  await tx.insert(RouteTemplateVersionEntity, {
    templateId: id,
    version: 1,
    name: input.name,
    description: input.description ?? null,
    route: input.route,
    createdAt: now,
    createdByUserId: by.userId,
    createdBy: by.name,
  });
  return id;
}
