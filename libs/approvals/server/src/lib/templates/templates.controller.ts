import { Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ReturnsNothing, ValidBody, ValidParam, ValidQuery } from '@bastion/platform-http';
import { type Created, createdSchema, idSchema, type Page } from '@bastion/shared-contracts';
import { TemplatesService } from './templates.service';

// A version is an integer column: a number past its type is a 400, not a database error.
const versionSchema = z.coerce.number().int().min(1).max(2 ** 31 - 1);

@ApiTags('route templates')
@ApiBearerAuth()
@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @Returns(routeTemplatePageSchema)
  list(
    @CurrentUser() principal: Principal,
    @ValidQuery(templateListQuerySchema) query: TemplateListQuery,
  ): Promise<Page<RouteTemplate>> {
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

  @Post()
  @Returns(createdSchema, 201)
  async create(
    @CurrentUser() principal: Principal,
    @ValidBody(saveRouteTemplateSchema) input: SaveRouteTemplate,
  ): Promise<Created> {
    return { id: await this.templates.create(principal, input) };
  }

  /** Saves a new version; `version` must be the one the editor started from (409 otherwise). */
  @Put(':id')
  @Returns(routeTemplateSchema)
  update(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(updateRouteTemplateSchema) input: UpdateRouteTemplate,
  ): Promise<RouteTemplate> {
    return this.templates.update(principal, id, input);
  }

  /** Takes the template out of use for new requests; running ones are not affected. */
  @Post(':id/archive')
  @ReturnsNothing()
  archive(@CurrentUser() principal: Principal, @ValidParam('id', idSchema) id: string): Promise<void> {
    return this.templates.archive(principal, id);
  }
}
