import {
  createOrgSchema,
  dissolveOrgSchema,
  type DissolveOrg,
  moveOrgSchema,
  type MoveOrg,
  orgDetailSchema,
  orgEventListSchema,
  type OrgEventList,
  orgListQuerySchema,
  orgPageSchema,
  updateOrgSchema,
} from '@bastion/identity-contracts';
import { type Principal, ScopedAction, ScopedController, ScopedRead } from '@bastion/platform-auth';
import { RegisterRoutes } from '../http/register-routes';
import { OrgReader } from './org-reader.service';
import { OrgWriter } from './org-writer.service';

@ScopedController('orgs', { tag: 'organisations' })
export class OrgController extends RegisterRoutes({
  query: orgListQuerySchema,
  page: orgPageSchema,
  detail: orgDetailSchema,
  create: createOrgSchema,
  update: updateOrgSchema,
  reader: OrgReader,
  writer: OrgWriter,
}) {
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
