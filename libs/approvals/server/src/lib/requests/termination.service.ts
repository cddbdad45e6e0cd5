import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { clock } from '@bastion/calendar';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { RequestDetail } from '@bastion/approvals-contracts';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { TEMPORAL_CLIENT, terminateWorkflow } from '@bastion/platform-temporal';
import type { TerminationRequest } from '@bastion/shared-contracts';
import { requireAdmin } from '../access';
import { ApprovalsError } from '../approvals-error';
import { chainRows, GENESIS_HASH } from '../ledger/hash-chain';
import { LedgerRowEntity } from '../persistence/entities/ledger-row.entity';
import { RequestsReader } from './requests-reader.service';

interface Locked {
  status: string;
  workflow_id: string;
  ledger_seq: number;
  ledger_head: string | null;
  current_stage_index: number | null;
  current_stage_name: string | null;
}

const ended = () => new ApprovalsError('ENDED', 'The request has ended; there is nothing to terminate.', 409);

/**
 * An administrator's way out for a stuck request: its workflow is terminated in Temporal, and the
 * request row is marked `terminated` with who, when and why, its open tasks closed and the act
 * written to the request's hash-chained ledger — all in one transaction.
 */
@Injectable()
export class TerminationService {
  private readonly logger = new Logger('RequestTermination');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly requests: RequestsReader,
  ) {}

  async terminate(principal: Principal, id: string, { reason }: TerminationRequest): Promise<RequestDetail> {
    requireAdmin(principal);
    const request = await this.requests.loadVisible(principal, id);
    if (request.status === 'terminated') return this.requests.detail(principal, id);
    if (request.status !== 'running' && request.status !== 'returned') throw ended();
    const why = `Terminated by ${principal.username}: ${reason}`;
    const parent = await this.parentOf(request.workflowId);
    if (request.procedure === 'general' && parent) {
      // The general request's own workflow waits for the approval: it goes first, so it does not
      // fail on its child's termination; the approval ends with it.
      if ((await terminateWorkflow(this.temporal, parent, why)) === 'ended') throw ended();
    } else if (parent && (await this.running(parent))) {
      // A sign-off belongs to an item's or a case's workflow, which waits for its result: it ends
      // with that record, terminated there, never from under it. Once that record has been
      // terminated, its sign-off is terminated with it and may then be closed here.
      throw new ApprovalsError(
        'SIGN_OFF',
        `This request is a sign-off of a ${request.procedure} record that is still running; terminate that record instead.`,
        409,
      );
    }
    if ((await terminateWorkflow(this.temporal, request.workflowId, why)) === 'ended') throw ended();

    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT status, workflow_id, ledger_seq, ledger_head, current_stage_index, current_stage_name
           FROM approvals.request WHERE id = $1 FOR UPDATE`,
        [id],
      )) as Locked[];
      if (!row) throw new NotFoundError('The request');
      if (row.status === 'terminated') return;
      const at = clock.now();
      const [entry] = chainRows(row.ledger_head ?? GENESIS_HASH, [
        {
          requestId: id,
          seq: row.ledger_seq + 1,
          at: at.toISOString(),
          stageIndex: row.current_stage_index,
          stageName: row.current_stage_name,
          actorPersonId: principal.personId,
          actorName: principal.displayName,
          onBehalfOfPersonId: null,
          onBehalfOfName: null,
          action: 'terminate',
          automatic: false,
          opinion: reason,
          attachments: [],
          signatureSha256: null,
          detail: {
            terminatedByUserId: principal.userId,
            username: principal.username,
            statusBefore: row.status,
          },
        },
      ]);
      await tx
        .getRepository(LedgerRowEntity)
        .insert({ ...entry!, at } as QueryDeepPartialEntity<LedgerRowEntity>);
      await tx.query(
        `UPDATE approvals.request SET status = 'terminated', current_stage_index = NULL, current_stage_name = NULL,
           due_at = NULL, ledger_seq = $2, ledger_head = $3, updated_at = $4, decided_at = $4,
           terminated_at = $4, terminated_by_user_id = $5, terminated_by_name = $6, termination_reason = $7
         WHERE id = $1`,
        [id, entry!.seq, entry!.hash, at, principal.userId, principal.displayName, reason],
      );
      // Nobody may act on a terminated request: its open and waiting tasks leave every inbox.
      await tx.query(
        `UPDATE approvals.task SET status = 'closed', decided_at = $2
          WHERE request_id = $1 AND status IN ('open', 'waiting')`,
        [id, at],
      );
    });
    this.logger.log(`Request ${id} terminated by ${principal.username} (${principal.userId}): ${reason}`);
    return this.requests.detail(principal, id);
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
