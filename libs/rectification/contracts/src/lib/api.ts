import { z } from 'zod';
import type { PersonRef } from '@bastion/approvals-contracts';
import {
  idSchema,
  line,
  localDateSchema,
  multiline,
  pageQuerySchema,
  queryBooleanSchema,
  type Termination,
} from '@bastion/shared-contracts';
import type { BatchRecord, BatchStatus } from './batch';
import {
  fileRefSchema,
  itemStatusSchema,
  itemTextSchema,
  type ItemCategory,
  type ItemStatus,
  type Seriousness,
} from './item';
import type { Capacity, ItemActionType } from './item-actions';
import type { ItemRecord, Transition } from './item-record';
import { findingSourceSchema, type FindingSource } from './sources';

/** 红黄绿灯: green on time, amber within the reminder window, red overdue. Closed items are green. */
export const trafficLightSchema = z.enum(['green', 'amber', 'red']);
export type TrafficLight = z.infer<typeof trafficLightSchema>;

/** `POST /api/rectification/batches/:id/items`: register one item (立项). */
export const registerItemSchema = z.strictObject({
  text: itemTextSchema,
  /** The responsible organisation: the inspected organisation or a node below it. */
  orgId: idSchema,
  deadline: localDateSchema.optional(),
  /** 立行立改: fixed on the spot, with what was done. */
  fixedOnSpot: z
    .strictObject({
      note: multiline.trim().min(1).max(2000),
      files: z.array(fileRefSchema).max(20).default([]),
    })
    .optional(),
  idempotencyKey: line.min(8).max(100).optional(),
});
export type RegisterItem = z.infer<typeof registerItemSchema>;
export type RegisterItemInput = z.input<typeof registerItemSchema>;

/** The three lists the rules ask for are views over the same items (任务清单 / 问题清单 / 责任清单). */
export const itemListViewSchema = z.enum(['task', 'problem', 'responsibility']);
export type ItemListView = z.infer<typeof itemListViewSchema>;

export const itemSortSchema = z.enum(['deadline', 'registered', 'number']);

export const itemListQuerySchema = pageQuerySchema.extend({
  view: itemListViewSchema.default('task'),
  batchId: idSchema.optional(),
  source: findingSourceSchema.optional(),
  /** The organisation and its whole subtree. */
  orgId: idSchema.optional(),
  ownerId: idSchema.optional(),
  leaderId: idSchema.optional(),
  status: itemStatusSchema.optional(),
  light: trafficLightSchema.optional(),
  reopened: queryBooleanSchema.optional(),
  namedSupervision: queryBooleanSchema.optional(),
  /** Due window, inclusive. */
  dueFrom: localDateSchema.optional(),
  dueTo: localDateSchema.optional(),
  sort: itemSortSchema.default('deadline'),
});
export type ItemListQuery = z.infer<typeof itemListQuerySchema>;

/** The same filters, for the counts beside a list. */
export const itemCountQuerySchema = itemListQuerySchema.omit({
  limit: true,
  cursor: true,
  sort: true,
  view: true,
});
export type ItemCountQuery = z.infer<typeof itemCountQuerySchema>;

export interface ItemRow {
  id: string;
  /** Human number, e.g. `ZG2026-000042`. */
  number: string;
  batchId: string;
  batchTitle: string;
  source: FindingSource;
  problem: string;
  category: ItemCategory;
  seriousness: Seriousness;
  measures: string;
  target: string;
  org: { id: string; name: string };
  owner: PersonRef | null;
  leader: PersonRef | null;
  supportingUnits: string[];
  status: ItemStatus;
  round: number;
  reopened: boolean;
  fixedOnSpot: boolean;
  namedSupervision: boolean;
  deadline: string | null;
  light: TrafficLight;
  /** Days from today to the deadline (negative when overdue); null without a deadline or once closed. */
  daysLeft: number | null;
  /** The deadline's working days ran through a year without holiday data and were counted on weekdays. */
  provisional?: true;
  progressPercent: number;
  evidenceCount: number;
  closedOn: string | null;
}

export interface ItemCounts {
  total: number;
  byStatus: Record<ItemStatus, number>;
  byLight: Record<TrafficLight, number>;
}

/** `GET /api/rectification/items/:id` */
export interface ItemView {
  row: ItemRow;
  record: ItemRecord;
  transitions: Transition[];
  /** The caller's capacities on this item and the actions their state allows now. */
  capacities: Capacity[];
  allowedActions: ItemActionType[];
  /** Items linked to this one, in either direction, that the caller may see. */
  links: Pick<ItemRow, 'id' | 'number' | 'problem' | 'source' | 'status' | 'light' | 'org'>[];
  /** Who terminated the item, when and why; null unless its status is `terminated`. */
  termination: Termination | null;
}

export const batchListQuerySchema = pageQuerySchema.extend({
  source: findingSourceSchema.optional(),
  orgId: idSchema.optional(),
});
export type BatchListQuery = z.infer<typeof batchListQuerySchema>;

export interface BatchRow {
  id: string;
  number: string;
  title: string;
  source: FindingSource;
  feedbackDate: string;
  reportDeadline: string;
  inspectedOrg: { id: string; name: string };
  status: BatchStatus;
  itemCount: number;
  closedCount: number;
  redCount: number;
}

export interface BatchView {
  row: BatchRow;
  record: BatchRecord;
  counts: ItemCounts;
  /** Whether the caller may supervise (register, import, close) and submit the report. */
  canSupervise: boolean;
  canManage: boolean;
}

/** One bad row of an import, and everything wrong with it. */
export interface ImportProblem {
  /** Spreadsheet row number as the user sees it (the header is row 1). */
  row: number;
  problems: { field: string; problem: string }[];
}

export interface ImportResult {
  imported: number;
}

export const reportQuerySchema = z.strictObject({
  edition: z.enum(['internal', 'public']).default('internal'),
});

/** The printable batch report (整改情况报告). */
export interface BatchReportView {
  batch: BatchRow;
  edition: 'internal' | 'public';
  report: BatchRecord['report'];
  signature: BatchRecord['signature'];
  /** Items left out of the public edition. */
  exemptCount: number;
  items: (ItemRow & { evidence: { note: string; files: string[]; on: string }[] })[];
}

export const boardQuerySchema = z
  .strictObject({ batchId: idSchema.optional(), orgId: idSchema.optional() })
  .refine((q) => (q.batchId === undefined) !== (q.orgId === undefined), 'give either batchId or orgId');
export type BoardQuery = z.infer<typeof boardQuerySchema>;

/** 挂图作战: items on a timeline, and progress by organisation across the tree. */
export interface BoardView {
  today: string;
  items: Pick<
    ItemRow,
    | 'id'
    | 'number'
    | 'problem'
    | 'org'
    | 'owner'
    | 'status'
    | 'deadline'
    | 'light'
    | 'daysLeft'
    | 'progressPercent'
    | 'namedSupervision'
  >[];
  /** Truncated to the most urgent when a subtree holds more. */
  itemsTruncated: boolean;
  byOrg: {
    org: { id: string; name: string };
    depth: number;
    total: number;
    closed: number;
    green: number;
    amber: number;
    red: number;
  }[];
}

export const exportQuerySchema = itemCountQuerySchema;
