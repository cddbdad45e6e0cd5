import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/common';
import { clock } from '@bastion/calendar';
import type { RequestDetail } from '@bastion/approvals-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { WorkflowBacked } from '@bastion/platform-service';
import { terminateWorkflow } from '@bastion/platform-temporal';
import type { TerminationRequest } from '@bastion/shared-contracts';
import { requireAdmin } from '../access';
import { ApprovalsError } from '../approvals-error';
import { closeTerminated } from './request-closing';
import { RequestsReader } from './requests-reader.service';

const ended = () =>
  new ApprovalsError(
    'ENDED',
    composedText('refusal.nothing_to_terminate', { what: composedText('record.noun.request') }),
    409,
  );

/**
 * An administrator's way out for a stuck request: its workflow is terminated in Temporal, and the
 * request row is marked `terminated` with who, when and why, its open tasks closed and the act
 * written to the request's hash-chained ledger — all in one transaction.
 */
@Injectable()
export class TerminationService extends WorkflowBacked {
  private readonly logger = new Logger('RequestTermination');

  constructor(private readonly requests: RequestsReader) {
    super();
  }

  async terminate(principal: Principal, id: string, { reason }: TerminationRequest): Promise<RequestDetail> {
    requireAdmin(principal);
    const request = await this.requests.loadVisible(principal, id);
    if (request.status === 'terminated') return this.requests.view(principal, id);
    if (request.status !== 'running' && request.status !== 'returned') throw ended();
    const termination = { by: principal, reason };
    const parent = await this.parentOf(request.workflowId);
    if (request.procedure === 'general' && parent) {
      // The general request's own workflow waits for the approval: it goes first, so it does not
      // fail on its child's termination; the approval ends with it.
      if ((await terminateWorkflow(this.temporal, parent, termination)) === 'ended') throw ended();
    } else if (parent && (await this.running(parent))) {
      // A sign-off belongs to an item's or a case's workflow, which waits for its result: it ends
      // with that record, terminated there, never from under it, and closes itself then. One
      // started before it did so is terminated with its record and may then be closed here.
      throw new ApprovalsError(
        'SIGN_OFF',
        composedText('approvals.service.sign_off_of', {
          procedure: composedText(`approvals.service.procedure.${request.procedure}`),
        }),
        409,
      );
    }
    if ((await terminateWorkflow(this.temporal, request.workflowId, termination)) === 'ended') throw ended();

    await closeTerminated(this.db, id, {
      at: clock.now(),
      by: principal,
      reason,
      automatic: false,
      onlyOpen: false,
    });
    this.logger.log(`Request ${id} terminated by ${principal.username} (${principal.userId}): ${reason}`);
    return this.requests.view(principal, id);
  }

  /** The workflow that started the approval (a general request, an item, a case), if any. */
  private async parentOf(workflowId: string): Promise<string | undefined> {
    try {
      return (
        (await this.temporal.workflow.getHandle(workflowId).describe()).parentExecution?.workflowId ??
        undefined
      );
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }

  private async running(workflowId: string): Promise<boolean> {
    try {
      return (await this.temporal.workflow.getHandle(workflowId).describe()).status.name === 'RUNNING';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}
