import { Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type SubmitGeneralRequest,
  submitGeneralRequestSchema,
  type SubmittedRequest,
  submittedRequestSchema,
} from '@bastion/approvals-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidBody } from '@bastion/platform-http';
import { GeneralRequestsService } from './general-requests.service';

@ApiTags('general requests')
@ApiBearerAuth()
@Controller('general-requests')
export class GeneralRequestsController {
  constructor(private readonly requests: GeneralRequestsService) {}

  /** Submits a 通用请示 along a route template; answers with the new request's id and number. */
  @Post()
  @Returns(submittedRequestSchema, 201)
  submit(
    @CurrentUser() principal: Principal,
    @ValidBody(submitGeneralRequestSchema) input: SubmitGeneralRequest,
  ): Promise<SubmittedRequest> {
    return this.requests.submit(principal, input);
  }
}
