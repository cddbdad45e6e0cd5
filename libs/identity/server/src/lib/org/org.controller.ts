import { Controller, Get, Post } from '@nestjs/common';
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
import { Returns, ReturnsNothing, ValidBody, ValidParam } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import { RegisterRoutes } from '../http/register-routes';
import { OrgReader } from './org-reader.service';
import { OrgWriter } from './org-writer.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('orgs')
export class OrgController extends RegisterRoutes<OrgListQuery, OrgSummary, OrgDetail, CreateOrg, UpdateOrg>({
  query: orgListQuerySchema,
  page: orgPageSchema,
  detail: orgDetailSchema,
  create: createOrgSchema,
  update: updateOrgSchema,
}) {
  constructor(
    protected readonly reader: OrgReader,
    protected readonly writer: OrgWriter,
  ) {
    super();
  }

  @Get(':id/history')
  @Returns(orgEventListSchema)
  history(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
  ): Promise<OrgEventList> {
    return this.reader.history(principal, id);
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
