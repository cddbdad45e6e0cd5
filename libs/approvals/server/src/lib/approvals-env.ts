import { z } from 'zod';
import { serviceEnvSchema } from '@bastion/platform-config';

export const approvalsEnvSchema = serviceEnvSchema.extend({
  /** Where the local-disk attachment store keeps uploaded files (created when missing). */
  ATTACHMENTS_DIR: z.string().min(1).default('.data/attachments'),
});

export type ApprovalsEnv = z.infer<typeof approvalsEnvSchema>;
