import { type ServiceProgram } from '@bastion/platform-http';
import { rectificationEnvSchema, type RectificationEnv } from './rectification-env';
import { RectificationModule } from './rectification.module';

/** The rectification service as its `main.ts` runs it and its tests start it: name, variables, root module, API description. */
export const rectificationService: ServiceProgram<RectificationEnv> = {
  name: 'rectification',
  envSchema: rectificationEnvSchema,
  rootModule: (env) => RectificationModule.forRoot(env),
  description: {
    title: 'Bastion rectification service',
    description:
      'Problem-rectification closing loops: finding batches and their reports, items from registration to ' +
      'closing and look-back, evidence files, the three lists, spreadsheet import and ledger export, the board.',
  },
};
