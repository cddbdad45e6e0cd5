import { Controller } from '@nestjs/common';
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
import { type Principal, ScopedAction, ScopedRead } from '@bastion/platform-auth';
import { type TerminationRequest, terminationRequestSchema } from '@bastion/shared-contracts';
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

  @ScopedRead(':id', requestDetailSchema)
  get(principal: Principal, id: string): Promise<RequestDetail> {
    return this.reader.detail(principal, id);
  }

  /** Where the open stage may send the request back: stages it actually passed, or the submitter. */
  @ScopedRead(':id/return-targets', returnTargetsSchema)
  returnTargets(principal: Principal, id: string): Promise<ReturnTargets> {
    return this.reader.returnTargets(principal, id);
  }

  /** Whether the request's ledger chain is intact. */
  @ScopedRead(':id/verify', ledgerVerificationSchema)
  verify(principal: Principal, id: string): Promise<LedgerVerification> {
    return this.reader.verify(principal, id);
  }

  /**
   * Takes an action. Refusals: 403 for someone who may not act or whose turn it is not, 400 for a
   * missing opinion/attachment/signature or an invalid choice, 409 once the request has ended,
   * 429 for an urge too soon after the last.
   */
  @ScopedAction('post', ':id/actions', actionRequestSchema, actResponseSchema)
  act(principal: Principal, id: string, action: ActionRequest): Promise<ActResult> {
    return this.actions.act(principal, id, action);
  }

  /**
   * Terminates a stuck request's workflow (system administrators only; 403 for anyone else), with
   * the reason on the request and in its ledger. 409 once the request has ended on its own.
   */
  @ScopedAction('post', ':id/terminate', terminationRequestSchema, requestDetailSchema)
  terminate(principal: Principal, id: string, body: TerminationRequest): Promise<RequestDetail> {
    return this.termination.terminate(principal, id, body);
  }
}
