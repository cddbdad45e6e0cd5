import 'reflect-metadata';
import { identityService } from '@bastion/identity-server';
import { runService } from '@bastion/platform-http';

runService(identityService);
