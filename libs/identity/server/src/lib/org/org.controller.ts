import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createOrgSchema,
  type CreateOrg,
  dissolveOrgSchema,
  type DissolveOrg,
  moveOrgSchema,
  type MoveOrg,
  orgDetailSchema,
  type OrgDetail,
  orgEventListSchema,
  type OrgEventList,
  orgListQuerySchema,
  type OrgListQuery,
  orgPageSchema,
  type OrgSummary,
  updateOrgSchema,
  type UpdateOrg,
} from '@bastion/identity-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ReturnsNothing, ValidBody, ValidParam, ValidQuery } from '@bastion/platform-http';
import { type Created, createdSchema, idSchema, type Page } from '@bastion/shared-contracts';
import { OrgReader } from './org-reader.service';
import { OrgWriter } from './org-writer.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('orgs')
export class OrgController {
  constructor(
    private readonly reader: OrgReader,
    private readonly writer: OrgWriter,
  ) {}

  @Get()
  @Returns(orgPageSchema)
  list(
    @CurrentUser() principal: Principal,
    @ValidQuery(orgListQuerySchema) query: OrgListQuery,
  ): Promise<Page<OrgSummary>> {
    return this.reader.list(principal, query);
  }

  @Get(':id')
  @Returns(orgDetailSchema)
  get(@CurrentUser() principal: Principal, @ValidParam('id', idSchema) id: string): Promise<OrgDetail> {
    return this.reader.get(principal, id);
  }

  @Get(':id/history')
  @Returns(orgEventListSchema)
  history(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
  ): Promise<OrgEventList> {
    return this.reader.history(principal, id);
  }

  @Post()
  @Returns(createdSchema, 201)
  async create(
    @CurrentUser() principal: Principal,
    @ValidBody(createOrgSchema) input: CreateOrg,
  ): Promise<Created> {
    return { id: await this.writer.create(principal, input) };
  }

  @Patch(':id')
  @ReturnsNothing()
  update(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(updateOrgSchema) input: UpdateOrg,
  ): Promise<void> {
    return this.writer.update(principal, id, input);
  }

  @Post(':id/move')
  @ReturnsNothing()
  move(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(moveOrgSchema) input: MoveOrg,
  ): Promise<void> {
    return this.writer.move(principal, id, input);
  }

  @Post(':id/dissolve')
  @ReturnsNothing()
  dissolve(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(dissolveOrgSchema) input: DissolveOrg,
  ): Promise<void> {
    return this.writer.dissolve(principal, id, input);
  }
}
