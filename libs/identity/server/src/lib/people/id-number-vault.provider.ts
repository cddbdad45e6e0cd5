import type { Provider } from '@nestjs/common';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import type { IdentityEnv } from '../identity-env';
import { IdNumberVault } from './id-number';

export const idNumberVaultProvider: Provider = {
  provide: IdNumberVault,
  inject: [SERVICE_CONFIG],
  useFactory: (config: ServiceConfig<IdentityEnv>) =>
    new IdNumberVault(Buffer.from(config.ID_NUMBER_KEY, 'base64')),
};
