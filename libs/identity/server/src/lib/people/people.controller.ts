import { Patch } from '@nestjs/common';
import { z } from 'zod';
import {
  addExclusionSchema,
  type AddExclusion,
  addOfficeSchema,
  type AddOffice,
  addSanctionSchema,
  type AddSanction,
  createPersonSchema,
  endOfficeSchema,
  type EndOffice,
  personDetailSchema,
  personListQuerySchema,
  personPageSchema,
  restoreRightsSchema,
  type RestoreRights,
  type RevealedIdNumber,
  revealedIdNumberSchema,
  type RevealedPhone,
  revealedPhoneSchema,
  revealIdNumberSchema,
  revealReasonSchema,
  type RevealReason,
  type Sanction,
  sanctionSchema,
  setMembershipSchema,
  type SetMembership,
  updatePersonSchema,
} from '@bastion/identity-contracts';
import {
  CurrentUser,
  type Principal,
  ScopedAction,
  ScopedController,
  ScopedRead,
} from '@bastion/platform-auth';
import { Meta, type RequestMeta, ReturnsNothing, ValidBody, ValidParam } from '@bastion/platform-http';
import { type Created, createdSchema, idSchema } from '@bastion/shared-contracts';
import { RegisterRoutes } from '../http/register-routes';
import { DisciplineService } from './discipline.service';
import { MembershipWriter } from './membership-writer.service';
import { PeopleReader } from './people-reader.service';
import { PeopleWriter } from './people-writer.service';

@ScopedController('people')
export class PeopleController extends RegisterRoutes({
  query: personListQuerySchema,
  page: personPageSchema,
  detail: personDetailSchema,
  create: createPersonSchema,
  update: updatePersonSchema,
  reader: PeopleReader,
  writer: PeopleWriter,
}) {
  constructor(
    private readonly membership: MembershipWriter,
    private readonly discipline: DisciplineService,
  ) {
    super();
  }

  @ScopedAction('put', ':id/membership', setMembershipSchema, null)
  setMembership(principal: Principal, id: string, input: SetMembership): Promise<void> {
    return this.membership.setMembership(principal, id, input);
  }

  @ScopedAction('post', ':id/exclusions', addExclusionSchema, createdSchema, { status: 201 })
  async addExclusion(principal: Principal, id: string, input: AddExclusion): Promise<Created> {
    return { id: await this.membership.addExclusion(principal, id, input) };
  }

  @Patch(':id/exclusions/:exclusionId')
  @ReturnsNothing()
  endExclusion(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidParam('exclusionId', idSchema) exclusionId: string,
    @ValidBody(endOfficeSchema) input: EndOffice,
  ): Promise<void> {
    return this.membership.endExclusion(principal, id, exclusionId, input.toDate);
  }

  /** Party discipline on record (党纪处分), newest first. */
  @ScopedRead(':id/sanctions', z.array(sanctionSchema))
  sanctions(principal: Principal, id: string): Promise<Sanction[]> {
    return this.discipline.list(principal, id);
  }

  /** Records a sanction with its dates, deciding body and files; audited. */
  @ScopedAction('post', ':id/sanctions', addSanctionSchema, createdSchema, { status: 201 })
  async addSanction(
    principal: Principal,
    id: string,
    input: AddSanction,
    @Meta() meta: RequestMeta,
  ): Promise<Created> {
    return { id: await this.discipline.add(principal, id, input, meta) };
  }

  /** 恢复党员权利 after 留党察看; audited. */
  @Patch(':id/sanctions/:sanctionId')
  @ReturnsNothing()
  restoreRights(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidParam('sanctionId', idSchema) sanctionId: string,
    @ValidBody(restoreRightsSchema) input: RestoreRights,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.discipline.restoreRights(principal, id, sanctionId, input.rightsRestoredOn, meta);
  }

  @ScopedAction('post', ':id/offices', addOfficeSchema, createdSchema, { status: 201 })
  async addOffice(principal: Principal, id: string, input: AddOffice): Promise<Created> {
    return { id: await this.membership.addOffice(principal, id, input) };
  }

  /** The full ID number, for an administrator who gives a reason; the reveal is audited. */
  @ScopedAction('post', ':id/id-number/reveal', revealIdNumberSchema, revealedIdNumberSchema)
  async revealIdNumber(
    principal: Principal,
    id: string,
    input: { reason: string },
    @Meta() meta: RequestMeta,
  ): Promise<RevealedIdNumber> {
    return { idNumber: await this.writer.revealIdNumber(principal, id, input.reason, meta) };
  }

  /** The full phone number, for whoever may read the person and gives a reason; the reveal is audited. */
  @ScopedAction('post', ':id/phone/reveal', revealReasonSchema, revealedPhoneSchema)
  async revealPhone(
    principal: Principal,
    id: string,
    input: RevealReason,
    @Meta() meta: RequestMeta,
  ): Promise<RevealedPhone> {
    return { phone: await this.writer.revealPhone(principal, id, input.reason, meta) };
  }
}

@ScopedController('offices', { tag: 'people' })
export class OfficesController {
  constructor(private readonly membership: MembershipWriter) {}

  @ScopedAction('patch', ':id', endOfficeSchema, null)
  end(principal: Principal, id: string, input: EndOffice): Promise<void> {
    return this.membership.endOffice(principal, id, input.toDate);
  }
}
