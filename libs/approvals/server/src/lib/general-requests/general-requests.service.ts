import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  APPROVALS_TASK_QUEUE,
  type GeneralRequestInput,
  generalRequestInputSchema,
  generalRequestWorkflowId,
  type SubmitGeneralRequest,
  type SubmittedRequest,
} from '@bastion/approvals-contracts';
import { composedText } from '@bastion/messages';
import type { Grant, Principal } from '@bastion/platform-auth';
import { ForbiddenError, ValidationError } from '@bastion/platform-http';
import { stableUuid } from '@bastion/platform-persistence';
import { WorkflowBacked } from '@bastion/platform-service';
import { startOnce, untilFound } from '@bastion/platform-temporal';
import { requirePerson } from '../access';
import { ApprovalsError } from '../approvals-error';
import { AttachmentsService } from '../attachments/attachments.service';
import { GeneralRequestEntity } from '../persistence/entities/general-request.entity';
import { TemplatesService } from '../templates/templates.service';
import { clock } from '@bastion/calendar';

/** The workflow type of a general request (the parent of its approval). */
export const GENERAL_REQUEST_WORKFLOW = 'generalRequest';

const MEMBERSHIP_ROLES = ['full_member', 'probationary_member'];

/**
 * A request id made from the caller and their idempotency key, so that the same submission sent
 * twice starts the same workflow (whose id derives from it) instead of a second request.
 */
export function requestIdFor(userId: string, idempotencyKey: string): string {
  return stableUuid('general-request', userId, idempotencyKey);
}

/**
 * The organisation a request is about: one where the caller holds a role or their membership,
 * as their token says (which also gives its id path); by default the one they are a member of.
 */
export function requestOrg(principal: Principal, orgId: string | undefined): Grant {
  if (orgId) {
    const grant = principal.grants.find((g) => g.orgId === orgId);
    if (!grant) {
      throw new ForbiddenError(composedText('approvals.service.submit_own_org'));
    }
    return grant;
  }
  const own = principal.grants.find((g) => MEMBERSHIP_ROLES.includes(g.role));
  if (own) return own;
  const orgs = [...new Map(principal.grants.map((g) => [g.orgId, g])).values()];
  if (orgs.length === 1) return orgs[0]!;
  throw new ValidationError([
    { field: 'orgId', problem: 'is required: say which of your organisations the request is about' },
  ]);
}

/**
 * 通用请示: a free-form request along a route template. The service builds the approval's input
 * (submitter from the token, organisation from the token's grants — its name and path the
 * workflow copies from the identity service — route from the template's
 * current version), records the text, starts the general-request workflow and answers once the
 * approval has written the request row, with its number.
 */
@Injectable()
export class GeneralRequestsService extends WorkflowBacked {
  constructor(
    private readonly templates: TemplatesService,
    private readonly attachments: AttachmentsService,
  ) {
    super();
  }

  async submit(principal: Principal, input: SubmitGeneralRequest): Promise<SubmittedRequest> {
    const personId = requirePerson(principal);
    const { template, version } = await this.templates.forSubmission(input.templateId);
    const org = requestOrg(principal, input.orgId);
    const requestId = input.idempotencyKey
      ? requestIdFor(principal.userId, input.idempotencyKey)
      : randomUUID();
    const workflowId = generalRequestWorkflowId(requestId);

    await this.attachments.claim(principal, requestId, input.attachmentIds, 'attachmentIds');
    await this.db
      .createQueryBuilder()
      .insert()
      .into(GeneralRequestEntity)
      .values({
        requestId,
        body: input.body,
        attachmentIds: input.attachmentIds,
        templateId: template.id,
        templateVersion: version.version,
        submittedByUserId: principal.userId,
        createdAt: clock.now(),
      })
      .orIgnore()
      .execute();

    const request: GeneralRequestInput = generalRequestInputSchema.parse({
      requestId,
      subject: {
        procedure: 'general',
        businessKey: workflowId,
        title: input.title,
        org: { id: org.orgId },
        submitter: { personId, name: principal.displayName },
      },
      route: version.route,
      template: { id: template.id, version: version.version, name: version.name },
    });
    try {
      // The same submission again (same idempotency key) finds the request already under way.
      await startOnce(this.temporal, GENERAL_REQUEST_WORKFLOW, {
        workflowId,
        taskQueue: APPROVALS_TASK_QUEUE,
        args: [request],
      });
    } catch (error) {
      await this.release(requestId, input.attachmentIds);
      throw error;
    }
    return this.whenRecorded(requestId);
  }

  /** A request that never started gives its files back to their uploader, and leaves no text behind. */
  private async release(requestId: string, attachmentIds: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE approvals.attachment SET request_id = NULL WHERE request_id = $1 AND id = ANY($2::uuid[])`,
        [requestId, attachmentIds],
      );
      await tx.query(`DELETE FROM approvals.general_request WHERE request_id = $1`, [requestId]);
    });
  }

  private whenRecorded(requestId: string): Promise<SubmittedRequest> {
    return untilFound(
      async () =>
        (
          (await this.db.query(`SELECT id, number FROM approvals.request WHERE id = $1`, [
            requestId,
          ])) as SubmittedRequest[]
        )[0],
      () => new ApprovalsError('NOT_READY', composedText('approvals.service.not_on_record_yet'), 503),
    );
  }
}
