import { z } from 'zod';
import { idSchema, line, pageQuerySchema, queryBooleanSchema } from '@bastion/shared-contracts';

/** The answer to a submission: the request's id and its human number (e.g. `SP2026-000123`). */
export const submittedRequestSchema = z.object({ id: idSchema, number: line });
export type SubmittedRequest = z.infer<typeof submittedRequestSchema>;

export const templateListQuerySchema = pageQuerySchema.extend({
  /** Administrators may list archived templates too. */
  includeArchived: queryBooleanSchema.optional(),
});
export type TemplateListQuery = z.infer<typeof templateListQuerySchema>;

/** One kept version of a route template. */
export const routeTemplateVersionSummarySchema = z.object({
  version: z.int32(),
  name: line,
  createdAt: z.iso.datetime(),
  createdBy: line,
});
export const routeTemplateVersionsSchema = z.object({ items: z.array(routeTemplateVersionSummarySchema) });
export type RouteTemplateVersions = z.infer<typeof routeTemplateVersionsSchema>;

export const notificationQuerySchema = pageQuerySchema.extend({
  unread: queryBooleanSchema.optional(),
});
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;
