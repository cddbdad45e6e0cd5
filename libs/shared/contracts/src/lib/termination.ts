import { z } from 'zod';
import { multiline } from './text';

/**
 * An administrator's termination of a stuck workflow (a request, an item, a case): the reason is
 * required and must say something, since it stays on the record and in the audit trail.
 */
export const terminationRequestSchema = z.strictObject({
  reason: multiline.trim().min(4).max(1000),
});
export type TerminationRequest = z.infer<typeof terminationRequestSchema>;

/** Who terminated a record, when and why, as every read model shows it. */
export const terminationSchema = z.object({
  at: z.iso.datetime(),
  by: z.object({ userId: z.string(), name: z.string() }),
  reason: multiline,
});
export type Termination = z.infer<typeof terminationSchema>;
