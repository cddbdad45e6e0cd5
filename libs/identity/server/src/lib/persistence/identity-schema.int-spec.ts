import { describeServiceSchema } from '@bastion/platform-service-testing';
import { identitySchema } from './identity-schema';

describeServiceSchema(identitySchema, 'schema');
