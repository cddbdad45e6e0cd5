import { Controller } from '@nestjs/common';
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
import { type Principal, ScopedAction, ScopedRead } from '@bastion/platform-auth';
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

  @ScopedRead(':id/history', orgEventListSchema)
  history(principal: Principal, id: string): Promise<OrgEventList> {
    return this.reader.history(principal, id);
  }

  @ScopedAction('post', ':id/move', moveOrgSchema, null)
  move(principal: Principal, id: string, input: MoveOrg): Promise<void> {
    return this.writer.move(principal, id, input);
  }

  @ScopedAction('post', ':id/dissolve', dissolveOrgSchema, null)
  dissolve(principal: Principal, id: string, input: DissolveOrg): Promise<void> {
    return this.writer.dissolve(principal, id, input);
  }
}
