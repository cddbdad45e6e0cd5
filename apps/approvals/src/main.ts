import 'reflect-metadata';
import { approvalsService } from '@bastion/approvals-server';
import { runService } from '@bastion/platform-http';

runService(approvalsService);
