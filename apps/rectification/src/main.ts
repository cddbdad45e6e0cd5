import 'reflect-metadata';
import { rectificationService } from '@bastion/rectification-server';
import { runService } from '@bastion/platform-http';

runService(rectificationService);
