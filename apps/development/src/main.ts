import 'reflect-metadata';
import { developmentService } from '@bastion/development-server';
import { runService } from '@bastion/platform-http';

runService(developmentService);
