import { z } from 'zod';
import {
  expectedVersionSchema,
  idempotencyKeySchema,
  idSchema,
  instantSchema,
  line,
  multiline,
  orgPageQuerySchema,
  pageSchema,
  personRefSchema,
  terminationSchema,
} from '@bastion/shared-contracts';
import { actionTypeSchema, returnTargetSchema } from './actions';
import { outcomeSchema } from './approval-workflow';
import { routeSchema, stageSchema } from './route';
import { procedureSchema } from './subject';
import type { TextKey } from '@bastion/messages';

/** `terminated`: an administrator ended a stuck request's workflow (see `termination`). */
export const requestStatusSchema = z.enum(['running', 'returned', ...outcomeSchema.options, 'terminated']);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** Green: on time; amber: inside the reminder window; red: overdue; none: no time limit. */
export const trafficLightSchema = z.enum(['green', 'amber', 'red', 'none']);
export type TrafficLight = z.infer<typeof trafficLightSchema>;

const orgRef = z.object({ id: idSchema, name: line });

// ---------------------------------------------------------------------------------------------
// Inbox (待办 / 已办 / 抄送 / 我发起的)

export const inboxTabSchema = z.enum(['todo', 'done', 'cc', 'mine']);
export type InboxTab = z.infer<typeof inboxTabSchema>;

export const inboxQuerySchema = orgPageQuerySchema.extend({
  tab: inboxTabSchema.default('todo'),
  procedure: procedureSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Tasks due on or before this instant. */
  dueBefore: instantSchema.optional(),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const inboxRowSchema = z.object({
  requestId: idSchema,
  number: line,
  title: line,
  procedure: procedureSchema,
  org: orgRef,
  submitter: personRefSchema,
  status: requestStatusSchema,
  stageName: line.nullable(),
  /** The caller's open task (待办 tab): when it opened, when it is due, its light, and whether it was delegated to them. */
  task: z
    .object({
      id: line,
      openedAt: z.iso.datetime().nullable(),
      dueAt: z.iso.datetime().nullable(),
      light: trafficLightSchema,
      asDelegate: z.boolean(),
    })
    .nullable(),
  /** 已办 tab: what the caller did last, and when. */
  myLastAction: z.object({ action: line, at: z.iso.datetime() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type InboxRow = z.infer<typeof inboxRowSchema>;

export const inboxCountsSchema = z.object({
  todo: z.int32(),
  done: z.int32(),
  cc: z.int32(),
  mine: z.int32(),
});
export const inboxPageSchema = pageSchema(inboxRowSchema).extend({ counts: inboxCountsSchema });
export type InboxPage = z.infer<typeof inboxPageSchema>;

// ---------------------------------------------------------------------------------------------
// One request

export const attachmentSchema = z.object({
  id: idSchema,
  name: line,
  contentType: line,
  size: z.number().int(),
  sha256: line,
  uploadedAt: z.iso.datetime(),
  uploader: personRefSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const taskViewSchema = z.object({
  id: line,
  assignee: personRefSchema,
  status: z.enum([
    'waiting',
    'open',
    'approved',
    'rejected',
    'transferred',
    'closed',
    /** Undecided when someone in its stage returned the request (退回). */
    'closed_by_return',
    'skipped',
  ]),
  closeReason: multiline.nullable(),
  delegate: z
    .object({ person: personRefSchema, back: z.boolean(), recommendation: multiline.nullable() })
    .nullable(),
  openedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  /** The time limit ran through a year without holiday data and was counted on weekdays. */
  provisional: z.literal(true).optional(),
  decidedAt: z.iso.datetime().nullable(),
  light: trafficLightSchema,
  automatic: z.boolean(),
  /** Set for signers added to someone's task (加签). */
  addedTo: z
    .object({ taskId: line, position: z.enum(['before', 'after', 'alongside']), by: personRefSchema })
    .nullable(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

/** One earlier pass through a stage (a return, resubmission or recall made it run again), with its tasks as they ended. */
export const stagePassViewSchema = z.object({
  round: z.int32(),
  status: z.enum(['pending', 'open', 'approved', 'rejected', 'skipped']),
  endedBy: z.enum(['return', 'resubmit', 'recall']),
  endedAt: z.iso.datetime(),
  tasks: z.array(taskViewSchema),
});
export type StagePassView = z.infer<typeof stagePassViewSchema>;

export const stageViewSchema = z.object({
  index: z.int32(),
  name: line,
  status: z.enum(['pending', 'open', 'approved', 'rejected', 'skipped']),
  round: z.int32(),
  definition: stageSchema,
  tasks: z.array(taskViewSchema),
  /** The stage's earlier passes, oldest first; `round` is the current pass's number. */
  passes: z.array(stagePassViewSchema),
  /** For stages still to come: who the rule is expected to find, and when the stage is expected to be due. */
  forecast: z.object({ assignees: z.array(personRefSchema), dueAt: z.iso.datetime().nullable() }).nullable(),
});
export type StageView = z.infer<typeof stageViewSchema>;

export const ledgerEntrySchema = z.object({
  seq: z.int32(),
  at: z.iso.datetime(),
  stageIndex: z.int32().nullable(),
  stageName: line.nullable(),
  actor: personRefSchema.nullable(),
  onBehalfOf: personRefSchema.nullable(),
  action: line,
  automatic: z.boolean(),
  opinion: multiline.nullable(),
  attachments: z.array(z.object({ id: idSchema, name: line, sha256: line })),
  signatureSha256: line.nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const requestDetailSchema = z.object({
  id: idSchema,
  number: line,
  title: line,
  procedure: procedureSchema,
  businessKey: line,
  org: orgRef,
  submitter: personRefSchema,
  status: requestStatusSchema,
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  template: z.object({ id: idSchema, version: z.int32(), name: line }).nullable(),
  /** The text of a general request (通用请示). */
  body: multiline.nullable(),
  attachments: z.array(attachmentSchema),
  currentStage: z.int32().nullable(),
  stages: z.array(stageViewSchema),
  timeline: z.array(ledgerEntrySchema),
  cc: z.array(personRefSchema),
  /** What the caller may do now; the console offers exactly these. */
  myActions: z.array(actionTypeSchema),
  /** The current stage's requirements, for the action panel. */
  requires: z.object({ opinion: z.boolean(), attachments: z.boolean(), signature: z.boolean() }).nullable(),
  /** Who terminated the request, when and why; null unless its status is `terminated`. */
  termination: terminationSchema.nullable().optional(),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const returnTargetOptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stage'), stageIndex: z.int32(), name: line }),
  z.object({ kind: z.literal('submitter') }),
]);
export type ReturnTargetOption = z.infer<typeof returnTargetOptionSchema>;
export const returnTargetsSchema = z.object({ targets: z.array(returnTargetOptionSchema) });
export type ReturnTargets = z.infer<typeof returnTargetsSchema>;
export { returnTargetSchema };

export const actResponseSchema = z.object({ seq: z.int32(), status: requestStatusSchema });
export type ActResponse = z.infer<typeof actResponseSchema>;

/** Whether a request's ledger chain is intact: every row's hash and link checked from the first. */
export const ledgerVerificationSchema = z.object({
  requestId: idSchema,
  rows: z.int32(),
  intact: z.boolean(),
  problems: z.array(z.object({ seq: z.number().int(), problem: multiline })),
});
export type LedgerVerification = z.infer<typeof ledgerVerificationSchema>;

// ---------------------------------------------------------------------------------------------
// Route templates and general requests

export const routeTemplateSchema = z.object({
  id: idSchema,
  name: line,
  description: multiline.nullable(),
  version: z.int32(),
  route: routeSchema,
  archived: z.boolean(),
  updatedAt: z.iso.datetime(),
  updatedBy: line,
});
export type RouteTemplate = z.infer<typeof routeTemplateSchema>;
export const routeTemplatePageSchema = pageSchema(routeTemplateSchema);

export const saveRouteTemplateSchema = z.strictObject({
  name: line.trim().min(2).max(100),
  description: multiline.trim().max(500).nullable().optional(),
  route: routeSchema,
});
export type SaveRouteTemplate = z.infer<typeof saveRouteTemplateSchema>;

/** A new version of a template; running requests keep the version they started with. */
export const updateRouteTemplateSchema = saveRouteTemplateSchema.extend({ version: expectedVersionSchema });
export type UpdateRouteTemplate = z.infer<typeof updateRouteTemplateSchema>;

export const submitGeneralRequestSchema = z.strictObject({
  templateId: idSchema,
  title: line.trim().min(2).max(200),
  body: multiline.trim().min(1).max(20_000),
  attachmentIds: z.array(idSchema).max(20).default([]),
  /** The organisation the request is about; defaults to the submitter's own. */
  orgId: idSchema.optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type SubmitGeneralRequest = z.infer<typeof submitGeneralRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Notifications (the bell)

/** A text of the one catalogue by key, with its params. */
const textRefSchema = z.object({
  key: z.custom<TextKey>((key) => typeof key === 'string'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const notificationSchema = z.object({
  id: line,
  kind: z.enum(['task', 'reminder', 'escalation', 'outcome', 'urge', 'cc', 'returned']),
  requestId: idSchema,
  /** In the reader's language (`Accept-Language`). */
  title: line,
  text: multiline,
  /** The same by catalogue key, for a client that renders in its own language; null on old rows. */
  texts: z.object({ title: textRefSchema, text: textRefSchema }).nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.int32() });
export type NotificationPage = z.infer<typeof notificationPageSchema>;
export const markReadSchema = z.strictObject({
  ids: z.array(line).max(200).optional(),
  all: z.boolean().optional(),
});
