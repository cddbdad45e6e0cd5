import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type ActionRequest,
  actionRequestSchema,
  type ActResult,
  actResponseSchema,
  type LedgerVerification,
  ledgerVerificationSchema,
  type RequestDetail,
  requestDetailSchema,
  type ReturnTargets,
  returnTargetsSchema,
} from '@bastion/approvals-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidBody, ValidParam } from '@bastion/platform-http';
import { idSchema, type TerminationRequest, terminationRequestSchema } from '@bastion/shared-contracts';
import { ActionsService } from './actions.service';
import { RequestsReader } from './requests-reader.service';
import { TerminationService } from './termination.service';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
export class RequestsController {
  constructor(
    private readonly reader: RequestsReader,
    private readonly actions: ActionsService,
    private readonly termination: TerminationService,
  ) {}

  @Get(':id')
  @Returns(requestDetailSchema)
  get(@CurrentUser() principal: Principal, @ValidParam('id', idSchema) id: string): Promise<RequestDetail> {
    return this.reader.detail(principal, id);
  }

  /** Where the open stage may send the request back: stages it actually passed, or the submitter. */
  @Get(':id/return-targets')
  @Returns(returnTargetsSchema)
  returnTargets(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
  ): Promise<ReturnTargets> {
    return this.reader.returnTargets(principal, id);
  }

  /** Whether the request's ledger chain is intact. */
  @Get(':id/verify')
  @Returns(ledgerVerificationSchema)
  verify(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
  ): Promise<LedgerVerification> {
    return this.reader.verify(principal, id);
  }

  /**
   * Takes an action. Refusals: 403 for someone who may not act or whose turn it is not, 400 for a
   * missing opinion/attachment/signature or an invalid choice, 409 once the request has ended,
   * 429 for an urge too soon after the last.
   */
  @Post(':id/actions')
  @Returns(actResponseSchema)
  act(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(actionRequestSchema) action: ActionRequest,
  ): Promise<ActResult> {
    return this.actions.act(principal, id, action);
  }

  /**
   * Terminates a stuck request's workflow (system administrators only; 403 for anyone else), with
   * the reason on the request and in its ledger. 409 once the request has ended on its own.
   */
  @Post(':id/terminate')
  @Returns(requestDetailSchema)
  terminate(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(terminationRequestSchema) body: TerminationRequest,
  ): Promise<RequestDetail> {
    return this.termination.terminate(principal, id, body);
  }
}
