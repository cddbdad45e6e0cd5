import { Injectable } from '@nestjs/common';
import {
  type ActAction,
  type ActionRequest,
  type ActionType,
  type ActResult,
  APPROVAL_ACT_UPDATE,
  type ApprovalsErrorCode,
  taskDecisions,
} from '@bastion/approvals-contracts';
import { alreadyDecided, type ApprovalState, engineRefusal } from '@bastion/approvals-rules';
import { errorStatus } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { WorkflowBacked } from '@bastion/platform-service';
import { ForbiddenError } from '@bastion/platform-http';
import { sendUpdate, updateRefusal } from '@bastion/platform-temporal';
import { requirePerson, supervises } from '../access';
import { ApprovalsError } from '../approvals-error';
import { AttachmentsService } from '../attachments/attachments.service';
import { RequestsReader } from './requests-reader.service';

/** Actions that decide a task: only someone the read model shows with an open task (or delegation) may try them. */
const TASK_ACTIONS: ReadonlySet<ActionType> = new Set(taskDecisions);

/** The engine's refusals; each answers with its catalogue status. */
const ENGINE_REFUSALS: ReadonlySet<string> = new Set([
  'NOT_ALLOWED',
  'NOT_YOUR_TURN',
  'REQUIRED',
  'INVALID',
  'ENDED',
  'ALREADY_DECIDED',
  'TOO_SOON',
] satisfies ApprovalsErrorCode[]);

/**
 * Takes an action on a request: checked here against the database (can the caller see it, do they
 * hold a task), then sent to the request's workflow as the `act` update, whose validator checks it
 * again against the assignees the workflow holds. The idempotency key is the update's id, so a
 * repeated click reaches the first result.
 */
@Injectable()
export class ActionsService extends WorkflowBacked {
  constructor(
    private readonly requests: RequestsReader,
    private readonly attachments: AttachmentsService,
  ) {
    super();
  }

  async act(principal: Principal, id: string, action: ActionRequest): Promise<ActResult> {
    const request = await this.requests.loadVisible(principal, id);
    const personId = requirePerson(principal);
    if (TASK_ACTIONS.has(action.type) && !(await this.holdsOpenTask(id, personId))) {
      // A repeat of a decision already taken (same idempotency key) gets the first answer.
      const earlier = await this.earlierResult(request.workflowId, action.idempotencyKey);
      if (earlier) return earlier;
      const noOpenTask = engineRefusal('NOT_YOUR_TURN', 'no_open_task');
      throw (
        (await this.decidedInstead(id, personId)) ?? new ForbiddenError(noOpenTask.message, noOpenTask.params)
      );
    }
    const files = await this.attachments.claimForAction(principal, id, action);
    const supervisor =
      (action.type === 'urge' || action.type === 'comment') && supervises(principal, request.orgPath);
    const act: ActAction = {
      ...action,
      ...files,
      actor: { personId, name: principal.displayName, userId: principal.userId },
      ...(supervisor ? { supervisor: true } : {}),
    };
    try {
      return await sendUpdate<ActResult, ActAction>(this.temporal, {
        workflowId: request.workflowId,
        update: APPROVAL_ACT_UPDATE,
        arg: act,
        updateId: action.idempotencyKey,
        asRefusal,
      });
    } catch (refusal) {
      // The race was lost after the read model was looked at, and the winner ended the request.
      if (refusal instanceof ApprovalsError && refusal.code === 'ENDED' && TASK_ACTIONS.has(action.type)) {
        throw (await this.decidedInstead(id, personId)) ?? refusal;
      }
      throw refusal;
    }
  }

  /** The refusal for someone whose task another signer's decision closed (或签): who decided, and when. */
  private async decidedInstead(requestId: string, personId: string): Promise<ApprovalsError | null> {
    const [row] = (await this.db.query(`SELECT state FROM approvals.request WHERE id = $1`, [requestId])) as {
      state: ApprovalState;
    }[];
    const refusal = row ? alreadyDecided(row.state, personId) : null;
    return refusal
      ? new ApprovalsError(
          refusal.code,
          refusal.message,
          errorStatus(refusal.code) ?? 409,
          undefined,
          refusal.params,
        )
      : null;
  }

  private async holdsOpenTask(requestId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM approvals.task
        WHERE request_id = $1 AND kind = 'sign' AND status = 'open' AND actor_person_id = $2
        LIMIT 1`,
      [requestId, personId],
    );
    return rows.length > 0;
  }

  /** The outcome of an update the workflow already took under this id, if there is one. */
  private async earlierResult(workflowId: string, updateId: string): Promise<ActResult | null> {
    try {
      return await this.temporal.workflow.getHandle(workflowId).getUpdateHandle<ActResult>(updateId).result();
    } catch {
      return null;
    }
  }
}

/** The engine's refusal as the caller should hear it; anything else stays an error. */
export function asRefusal(error: unknown): unknown {
  const refusal = updateRefusal(error, ENGINE_REFUSALS);
  // The workflow has completed: the request was decided, withdrawn or has expired.
  if (refusal === 'ended') {
    const ended = engineRefusal('ENDED', 'ended');
    return new ApprovalsError('ENDED', ended.message, 409, undefined, ended.params);
  }
  if (refusal) {
    const { code, message, params } = refusal;
    return new ApprovalsError(
      code as ApprovalsErrorCode,
      message,
      errorStatus(code) ?? 500,
      undefined,
      params,
    );
  }
  return error;
}
