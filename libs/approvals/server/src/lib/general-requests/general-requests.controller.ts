import {
  type SubmitGeneralRequest,
  submitGeneralRequestSchema,
  type SubmittedRequest,
  submittedRequestSchema,
} from '@bastion/approvals-contracts';
import { type Principal, ScopedController, ScopedCreate } from '@bastion/platform-auth';
import { GeneralRequestsService } from './general-requests.service';

@ScopedController('general-requests', { tag: 'general requests' })
export class GeneralRequestsController {
  constructor(private readonly requests: GeneralRequestsService) {}

  /** Submits a 通用请示 along a route template; answers with the new request's id and number. */
  @ScopedCreate('', submitGeneralRequestSchema, submittedRequestSchema)
  submit(principal: Principal, input: SubmitGeneralRequest): Promise<SubmittedRequest> {
    return this.requests.submit(principal, input);
  }
}
