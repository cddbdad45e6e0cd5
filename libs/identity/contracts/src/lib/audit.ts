import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '@bastion/shared-contracts';

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  kind: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  correlationId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  kind: z.string().max(40).optional(),
  userId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const auditPageSchema = pageSchema(auditEventSchema);
