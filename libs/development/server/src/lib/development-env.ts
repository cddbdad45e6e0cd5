import { z } from 'zod';
import { serviceEnvSchema } from '@bastion/platform-config';

export const developmentEnvSchema = serviceEnvSchema.extend({
  /** Where the local-disk store keeps uploaded evidence (created when missing). */
  FILES_DIR: z.string().min(1).default('.data/development-files'),
});

export type DevelopmentEnv = z.infer<typeof developmentEnvSchema>;
