import 'reflect-metadata';
import { RectificationModule, rectificationEnvSchema } from '@bastion/rectification-server';
import { runService } from '@bastion/platform-http';

runService({
  name: 'rectification',
  envSchema: rectificationEnvSchema,
  rootModule: (env) => RectificationModule.forRoot(env),
  description: {
    title: 'Bastion rectification service',
    description:
      'Problem-rectification closing loops: finding batches and their reports, items from registration to ' +
      'closing and look-back, evidence files, the three lists, spreadsheet import and ledger export, the board.',
  },
});
