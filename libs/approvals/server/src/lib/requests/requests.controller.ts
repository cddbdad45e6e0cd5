import {
  actionRequestSchema,
  actResponseSchema,
  type LedgerVerification,
  ledgerVerificationSchema,
  requestDetailSchema,
  type ReturnTargets,
  returnTargetsSchema,
} from '@bastion/approvals-contracts';
import { type Principal, RecordRoutes, ScopedController, ScopedRead } from '@bastion/platform-auth';
import { ActionsService } from './actions.service';
import { RequestsReader } from './requests-reader.service';
import { TerminationService } from './termination.service';

/**
 * A request: its detail, its actions (403 for someone who may not act or whose turn it is not,
 * 400 for a missing opinion/attachment/signature or an invalid choice, 409 once the request has
 * ended, 429 for an urge too soon after the last) and its termination, with the reason on the
 * request and in its ledger; and what the open stage and the ledger show.
 */
@ScopedController('requests')
export class RequestsController extends RecordRoutes({
  view: requestDetailSchema,
  action: actionRequestSchema,
  acted: actResponseSchema,
  reader: RequestsReader,
  actions: ActionsService,
  termination: TerminationService,
}) {
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
}
