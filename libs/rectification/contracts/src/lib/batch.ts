import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import {
  attachedFilesSchema,
  idempotencyKeySchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  noteSchema,
  type PersonRef,
} from '@bastion/shared-contracts';
import type { FileRef, OrgRef } from './item';
import { findingSourceSchema, type FindingSource } from './sources';

/** `POST /api/rectification/batches` */
export const createBatchSchema = z.strictObject({
  source: findingSourceSchema,
  title: line.trim().min(1).max(200),
  /** 反馈日期: when the findings were fed back; the report deadline counts from it. */
  feedbackDate: localDateSchema,
  inspectedOrgId: idSchema,
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type CreateBatch = z.infer<typeof createBatchSchema>;

export const batchStatuses = ['open', 'signing', 'signed', 're_sign_required', 'closed'] as const;
export type BatchStatus = (typeof batchStatuses)[number];
export const batchStatusLabels = catalogueLabels('rectification.batch_status', batchStatuses);

/** Actions on a batch (`POST /api/rectification/batches/:id/actions`). */
export const batchActionRequestSchema = z.discriminatedUnion('type', [
  /** 整改情况报告 and the principal leader's own report; sent to the principal leader to sign. */
  z.strictObject({
    type: z.literal('submit_report'),
    idempotencyKey: idempotencyKeySchema,
    report: multiline.trim().min(1).max(20_000),
    leaderReport: multiline.trim().min(1).max(20_000),
    files: attachedFilesSchema(20),
  }),
  /** The whole batch judged inadequate: ordered redone (the report must be submitted and signed again). */
  z.strictObject({
    type: z.literal('order_redo'),
    idempotencyKey: idempotencyKeySchema,
    reason: multiline.trim().min(1).max(2000),
  }),
  z.strictObject({
    type: z.literal('close'),
    idempotencyKey: idempotencyKeySchema,
    note: noteSchema,
  }),
]);
export type BatchActionRequest = z.infer<typeof batchActionRequestSchema>;
export type BatchAction = BatchActionRequest & {
  actor: { personId: string; name: string; userId: string };
  supervisor: boolean;
  officer: boolean;
};

export interface BatchSignature {
  leader: PersonRef;
  signedAt: string;
  requestId: string;
}

export interface BatchEvent {
  seq: number;
  kind:
    | 'created'
    | 'report_submitted'
    | 'report_signed'
    | 'report_rejected'
    | 'leader_changed'
    | 'redo_ordered'
    | 'report_reminder'
    | 'report_overdue'
    | 'closed';
  actor: PersonRef | null;
  automatic: boolean;
  at: string;
  note: string;
}

/** A batch as its workflow holds it (the `state` query and the read model). */
export interface BatchRecord {
  batchId: string;
  source: FindingSource;
  title: string;
  feedbackDate: string;
  inspectedOrg: OrgRef;
  reportDeadline: string;
  /** The report's reminder was counted back from the deadline on weekdays, through a year without holiday data. */
  provisional?: true;
  status: BatchStatus;
  report: {
    report: string;
    leaderReport: string;
    files: FileRef[];
    submittedBy: PersonRef;
    submittedAt: string;
  } | null;
  /** The principal leader who signed last; re-signing is required when someone else holds the office. */
  signature: BatchSignature | null;
  pendingRequestId: string | null;
  events: BatchEvent[];
  createdBy: PersonRef;
  version: number;
}
