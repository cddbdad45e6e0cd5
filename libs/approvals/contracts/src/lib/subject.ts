import { z } from 'zod';
import { idPathSchema, idSchema, line, personRefSchema } from '@bastion/shared-contracts';

export const procedureSchema = z.enum(['general', 'rectification', 'development', 'reform']);
export type Procedure = z.infer<typeof procedureSchema>;

/** What a request is about: copied in when it starts, as the record should show it later. */
export const subjectSchema = z.strictObject({
  procedure: procedureSchema,
  /** The business record's key in its own service, e.g. a rectification item's id. */
  businessKey: line.min(1).max(200),
  title: line.trim().min(1).max(200),
  org: z.strictObject({ id: idSchema, name: line, idPath: idPathSchema }),
  submitter: personRefSchema,
  /**
   * The committee's decision this request takes (上级党委审批): an admission or a conversion. Only an
   * organisation with approval authority may sign it; a stage that would let another decide is refused.
   */
  decides: z.enum(['admission', 'conversion']).optional(),
});
export type Subject = z.infer<typeof subjectSchema>;
