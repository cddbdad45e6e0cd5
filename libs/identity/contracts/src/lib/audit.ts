import { z } from 'zod';
import { line, pageQuerySchema, pageSchema } from '@bastion/shared-contracts';

export const auditEventSchema = z.object({
  id: line,
  at: z.iso.datetime(),
  kind: line,
  userId: line.nullable(),
  username: line.nullable(),
  ip: line.nullable(),
  correlationId: line.nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  kind: line.max(40).optional(),
  userId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const auditPageSchema = pageSchema(auditEventSchema);
