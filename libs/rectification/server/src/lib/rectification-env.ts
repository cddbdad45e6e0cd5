import { z } from 'zod';
import { serviceEnvSchema } from '@bastion/platform-config';

export const rectificationEnvSchema = serviceEnvSchema.extend({
  /** Where the local-disk store keeps uploaded evidence and report files (created when missing). */
  FILES_DIR: z.string().min(1).default('.data/rectification-files'),
});

export type RectificationEnv = z.infer<typeof rectificationEnvSchema>;
