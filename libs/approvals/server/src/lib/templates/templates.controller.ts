import { Get } from '@nestjs/common';
import { z } from 'zod';
import {
  type RouteTemplate,
  routeTemplatePageSchema,
  routeTemplateSchema,
  routeTemplateVersionsSchema,
  saveRouteTemplateSchema,
  type SaveRouteTemplate,
  type TemplateListQuery,
  templateListQuerySchema,
  updateRouteTemplateSchema,
  type UpdateRouteTemplate,
} from '@bastion/approvals-contracts';
import {
  type Principal,
  ScopedAction,
  ScopedController,
  ScopedCreate,
  ScopedList,
} from '@bastion/platform-auth';
import { Returns, ValidParam } from '@bastion/platform-http';
import { type Created, idSchema, type Page } from '@bastion/shared-contracts';
import { TemplatesService } from './templates.service';

// A version is an integer column: a number past its type is a 400, not a database error.
const versionSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);

@ScopedController('templates', { tag: 'route templates' })
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @ScopedList('', templateListQuerySchema, routeTemplatePageSchema)
  list(principal: Principal, query: TemplateListQuery): Promise<Page<RouteTemplate>> {
    return this.templates.list(principal, query);
  }

  @Get(':id')
  @Returns(routeTemplateSchema)
  get(@ValidParam('id', idSchema) id: string): Promise<RouteTemplate> {
    return this.templates.get(id);
  }

  @Get(':id/versions')
  @Returns(routeTemplateVersionsSchema)
  versions(@ValidParam('id', idSchema) id: string) {
    return this.templates.versions(id);
  }

  @Get(':id/versions/:version')
  @Returns(routeTemplateSchema)
  version(
    @ValidParam('id', idSchema) id: string,
    @ValidParam('version', versionSchema) version: number,
  ): Promise<RouteTemplate> {
    return this.templates.get(id, version);
  }

  @ScopedCreate('', saveRouteTemplateSchema)
  async create(principal: Principal, input: SaveRouteTemplate): Promise<Created> {
    return { id: await this.templates.create(principal, input) };
  }

  /** Saves a new version; `version` must be the one the editor started from (409 otherwise). */
  @ScopedAction('put', ':id', updateRouteTemplateSchema, routeTemplateSchema)
  update(principal: Principal, id: string, input: UpdateRouteTemplate): Promise<RouteTemplate> {
    return this.templates.update(principal, id, input);
  }

  /** Takes the template out of use for new requests; running ones are not affected. */
  @ScopedAction('post', ':id/archive', null, null)
  archive(principal: Principal, id: string): Promise<void> {
    return this.templates.archive(principal, id);
  }
}
