import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TEMPORAL_CLIENT } from '@bastion/platform-temporal';

/**
 * The base of a service that drives its domain's workflows and keeps to their read model (takes
 * steps, starts records, terminates them): the data source and the Temporal client, injected
 * here once for all of them. Set on the instance after construction, so not for constructors.
 */
export abstract class WorkflowBacked {
  @InjectDataSource() protected readonly db!: DataSource;
  @Inject(TEMPORAL_CLIENT) protected readonly temporal!: Client;
}
