import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ACT_UPDATE,
  BATCH_WORKFLOW,
  type BatchAction,
  type BatchActionRequest,
  batchInputSchema,
  type BatchRecord,
  type BatchView,
  batchWorkflowId,
  type CreateBatch,
  RECTIFICATION_TASK_QUEUE,
} from '@bastion/rectification-contracts';
import { initialBatchRecord } from '@bastion/rectification-rules';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { WorkflowBacked } from '@bastion/platform-service';
import { ForbiddenError, ValidationError } from '@bastion/platform-http';
import { stableUuid, versionOf } from '@bastion/platform-persistence';
import { sendUpdate, startOnce } from '@bastion/platform-temporal';
import { actorOf, holds } from '../access';
import { BatchWriter } from '../activities/batch-writer';
import { FilesService } from '../files/files.service';
import { OrgDirectory } from '../orgs/org-directory';
import { SourceSettings } from '../sources/source-settings.service';
import { RectificationError } from '../rectification-error';
import { untilStarted } from '../workflow-ready';
import { asRefusal } from '../workflow-refusal';
import { BatchesReader } from './batches-reader.service';
import { clock } from '@bastion/calendar';

/**
 * Opens batches and takes steps on them. A batch is opened over an organisation the caller
 * supervises, with a snapshot of it from the identity service and a copy of its source's
 * configuration; then its workflow runs the report deadline and the leader's signature.
 */
@Injectable()
export class BatchesService extends WorkflowBacked {
  constructor(
    private readonly reader: BatchesReader,
    private readonly writer: BatchWriter,
    private readonly orgs: OrgDirectory,
    private readonly sources: SourceSettings,
    private readonly files: FilesService,
  ) {
    super();
  }

  async create(principal: Principal, input: CreateBatch): Promise<BatchView> {
    const actor = actorOf(principal);
    const batchId = input.idempotencyKey
      ? stableUuid('rectification-batch', principal.userId, input.idempotencyKey)
      : randomUUID();
    const subtree = await this.orgs.subtree(input.inspectedOrgId);
    const org = subtree?.[0];
    if (!org) throw new ValidationError([{ field: 'inspectedOrgId', problem: 'is not an organisation' }]);
    if (!holds(principal, 'rectification.supervise', org.idPath)) {
      throw new ForbiddenError(composedText('rectification.service.open_batch_supervised'));
    }
    const config = await this.sources.effective(input.source);
    const batchInput = batchInputSchema.parse({
      batchId,
      source: input.source,
      title: input.title,
      feedbackDate: input.feedbackDate,
      inspectedOrg: { id: org.id, name: org.name, idPath: org.idPath },
      config,
      createdBy: { personId: actor.personId, name: actor.name },
    });
    // The same key again finds the batch the first request opened.
    await this.writer.insertNew(initialBatchRecord(batchInput, clock.now().toISOString()), config);
    await startOnce(this.temporal, BATCH_WORKFLOW, {
      workflowId: batchWorkflowId(batchId),
      taskQueue: RECTIFICATION_TASK_QUEUE,
      args: [batchInput],
    });
    return this.reader.view(principal, batchId);
  }

  /** A step on the batch (report, redo, close), taken by its workflow's `act` update. */
  async act(principal: Principal, id: string, request: BatchActionRequest): Promise<BatchView> {
    const batch = await this.reader.loadVisible(principal, id);
    const actor = actorOf(principal);
    const supervisor = holds(principal, 'rectification.supervise', batch.inspectedOrgPath);
    const officer = holds(principal, 'rectification.manage', batch.inspectedOrgPath);
    if (!supervisor && !officer)
      throw new RectificationError(
        'NOT_ALLOWED',
        composedText('rectification.service.batch_not_allowed'),
        403,
      );
    const action = {
      ...request,
      ...(request.type === 'submit_report'
        ? { files: await this.files.resolve(principal, request.files, 'files', { batchId: id }) }
        : {}),
      actor,
      supervisor,
      officer,
    } as BatchAction;
    if (batch.version < 1) await untilStarted(() => versionOf(this.db, 'rectification.batch', id));
    await sendUpdate<BatchRecord, BatchAction>(this.temporal, {
      workflowId: batchWorkflowId(id),
      update: ACT_UPDATE,
      arg: action,
      updateId: stableUuid('batch-action', principal.userId, request.idempotencyKey),
      asRefusal,
    });
    return this.reader.view(principal, id);
  }
}
