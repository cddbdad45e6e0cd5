import { z } from 'zod';
import { idSchema } from '@bastion/shared-contracts';
import { personRefSchema } from './people';

export const procedureSchema = z.enum(['general', 'rectification', 'development', 'reform']);
export type Procedure = z.infer<typeof procedureSchema>;

/** What a request is about: copied in when it starts, as the record should show it later. */
export const subjectSchema = z.strictObject({
  procedure: procedureSchema,
  /** The business record's key in its own service, e.g. a rectification item's id. */
  businessKey: z.string().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  org: z.strictObject({
    id: idSchema,
    name: z.string(),
    /** Materialised id path (`/<root>/…/<id>/`), for scope checks. */
    idPath: z.string().regex(/^(\/[0-9a-f-]{36})+\/$/),
  }),
  submitter: personRefSchema,
});
export type Subject = z.infer<typeof subjectSchema>;
