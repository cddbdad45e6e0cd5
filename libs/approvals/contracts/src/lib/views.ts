import { z } from 'zod';
import { idSchema, pageQuerySchema, pageSchema } from '@bastion/shared-contracts';
import { actionTypeSchema, returnTargetSchema } from './actions';
import { outcomeSchema } from './approval-workflow';
import { personRefSchema } from './people';
import { routeSchema, stageSchema } from './route';
import { procedureSchema } from './subject';

export const requestStatusSchema = z.enum(['running', 'returned', ...outcomeSchema.options]);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** Green: on time; amber: inside the reminder window; red: overdue; none: no time limit. */
export const trafficLightSchema = z.enum(['green', 'amber', 'red', 'none']);
export type TrafficLight = z.infer<typeof trafficLightSchema>;

const orgRef = z.object({ id: idSchema, name: z.string() });

// ---------------------------------------------------------------------------------------------
// Inbox (待办 / 已办 / 抄送 / 我发起的)

export const inboxTabSchema = z.enum(['todo', 'done', 'cc', 'mine']);
export type InboxTab = z.infer<typeof inboxTabSchema>;

export const inboxQuerySchema = pageQuerySchema.extend({
  tab: inboxTabSchema.default('todo'),
  procedure: procedureSchema.optional(),
  /** Requests of this organisation and everything under it. */
  orgId: idSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Tasks due on or before this instant. */
  dueBefore: z.iso.datetime().optional(),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const inboxRowSchema = z.object({
  requestId: idSchema,
  number: z.string(),
  title: z.string(),
  procedure: procedureSchema,
  org: orgRef,
  submitter: personRefSchema,
  status: requestStatusSchema,
  stageName: z.string().nullable(),
  /** The caller's open task (待办 tab): when it opened, when it is due, its light, and whether it was delegated to them. */
  task: z
    .object({
      id: z.string(),
      openedAt: z.iso.datetime().nullable(),
      dueAt: z.iso.datetime().nullable(),
      light: trafficLightSchema,
      asDelegate: z.boolean(),
    })
    .nullable(),
  /** 已办 tab: what the caller did last, and when. */
  myLastAction: z.object({ action: z.string(), at: z.iso.datetime() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type InboxRow = z.infer<typeof inboxRowSchema>;

export const inboxCountsSchema = z.object({
  todo: z.number().int(),
  done: z.number().int(),
  cc: z.number().int(),
  mine: z.number().int(),
});
export const inboxPageSchema = pageSchema(inboxRowSchema).extend({ counts: inboxCountsSchema });
export type InboxPage = z.infer<typeof inboxPageSchema>;

// ---------------------------------------------------------------------------------------------
// One request

export const attachmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.iso.datetime(),
  uploader: personRefSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const taskViewSchema = z.object({
  id: z.string(),
  assignee: personRefSchema,
  status: z.enum(['waiting', 'open', 'approved', 'rejected', 'transferred', 'closed', 'skipped']),
  closeReason: z.string().nullable(),
  delegate: z
    .object({ person: personRefSchema, back: z.boolean(), recommendation: z.string().nullable() })
    .nullable(),
  openedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  light: trafficLightSchema,
  automatic: z.boolean(),
  /** Set for signers added to someone's task (加签). */
  addedTo: z
    .object({ taskId: z.string(), position: z.enum(['before', 'after', 'alongside']), by: personRefSchema })
    .nullable(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const stageViewSchema = z.object({
  index: z.number().int(),
  name: z.string(),
  status: z.enum(['pending', 'open', 'approved', 'rejected', 'skipped']),
  round: z.number().int(),
  definition: stageSchema,
  tasks: z.array(taskViewSchema),
  /** For stages still to come: who the rule is expected to find, and when the stage is expected to be due. */
  forecast: z.object({ assignees: z.array(personRefSchema), dueAt: z.iso.datetime().nullable() }).nullable(),
});
export type StageView = z.infer<typeof stageViewSchema>;

export const ledgerEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  stageIndex: z.number().int().nullable(),
  stageName: z.string().nullable(),
  actor: personRefSchema.nullable(),
  onBehalfOf: personRefSchema.nullable(),
  action: z.string(),
  automatic: z.boolean(),
  opinion: z.string().nullable(),
  attachments: z.array(z.object({ id: idSchema, name: z.string(), sha256: z.string() })),
  signatureSha256: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const requestDetailSchema = z.object({
  id: idSchema,
  number: z.string(),
  title: z.string(),
  procedure: procedureSchema,
  businessKey: z.string(),
  org: orgRef,
  submitter: personRefSchema,
  status: requestStatusSchema,
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  template: z.object({ id: idSchema, version: z.number().int(), name: z.string() }).nullable(),
  /** The text of a general request (通用请示). */
  body: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  currentStage: z.number().int().nullable(),
  stages: z.array(stageViewSchema),
  timeline: z.array(ledgerEntrySchema),
  cc: z.array(personRefSchema),
  /** What the caller may do now; the console offers exactly these. */
  myActions: z.array(actionTypeSchema),
  /** The current stage's requirements, for the action panel. */
  requires: z.object({ opinion: z.boolean(), attachments: z.boolean(), signature: z.boolean() }).nullable(),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const returnTargetOptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stage'), stageIndex: z.number().int(), name: z.string() }),
  z.object({ kind: z.literal('submitter') }),
]);
export const returnTargetsSchema = z.object({ targets: z.array(returnTargetOptionSchema) });
export { returnTargetSchema };

export const actResponseSchema = z.object({ seq: z.number().int(), status: requestStatusSchema });

/** Whether a request's ledger chain is intact: every row's hash and link checked from the first. */
export const ledgerVerificationSchema = z.object({
  requestId: idSchema,
  rows: z.number().int(),
  intact: z.boolean(),
  problems: z.array(z.object({ seq: z.number().int(), problem: z.string() })),
});
export type LedgerVerification = z.infer<typeof ledgerVerificationSchema>;

// ---------------------------------------------------------------------------------------------
// Route templates and general requests

export const routeTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  route: routeSchema,
  archived: z.boolean(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type RouteTemplate = z.infer<typeof routeTemplateSchema>;
export const routeTemplatePageSchema = pageSchema(routeTemplateSchema);

export const saveRouteTemplateSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
  description: z.string().trim().max(500).nullable().optional(),
  route: routeSchema,
});
export type SaveRouteTemplate = z.infer<typeof saveRouteTemplateSchema>;

/** A new version of a template; running requests keep the version they started with. */
export const updateRouteTemplateSchema = saveRouteTemplateSchema.extend({ version: z.number().int() });
export type UpdateRouteTemplate = z.infer<typeof updateRouteTemplateSchema>;

export const submitGeneralRequestSchema = z.strictObject({
  templateId: idSchema,
  title: z.string().trim().min(2).max(200),
  body: z.string().trim().min(1).max(20_000),
  attachmentIds: z.array(idSchema).max(20).default([]),
  /** The organisation the request is about; defaults to the submitter's own. */
  orgId: idSchema.optional(),
  /** Makes a repeated submission (a retried click) the same request instead of a second one. */
  idempotencyKey: z.string().min(8).max(100).optional(),
});
export type SubmitGeneralRequest = z.infer<typeof submitGeneralRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Notifications (the bell)

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(['task', 'reminder', 'escalation', 'outcome', 'urge', 'cc', 'returned']),
  requestId: idSchema,
  title: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.number().int() });
export const markReadSchema = z.strictObject({
  ids: z.array(z.string()).max(200).optional(),
  all: z.boolean().optional(),
});
