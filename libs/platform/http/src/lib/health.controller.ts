import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Connection } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { TEMPORAL_CONNECTION } from '@bastion/platform-temporal';
import { Public } from './public.decorator';

type Check = 'up' | 'down';

const PROBE_TIMEOUT_MS = 2_000;

function probe(run: () => Promise<unknown>): Promise<Check> {
  const timeout = new Promise<Check>((resolve) =>
    setTimeout(() => resolve('down'), PROBE_TIMEOUT_MS).unref(),
  );
  return Promise.race([
    run().then(
      (): Check => 'up',
      (): Check => 'down',
    ),
    timeout,
  ]);
}

/** 200 only when the service can reach both its database and Temporal. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Optional() private readonly dataSource?: DataSource,
    @Optional() @Inject(TEMPORAL_CONNECTION) private readonly temporal?: Connection,
  ) {}

  @Public()
  @Get()
  async check(@Res() response: Response): Promise<void> {
    const [database, temporal] = await Promise.all([
      this.dataSource ? probe(() => this.dataSource!.query('SELECT 1')) : Promise.resolve<Check>('down'),
      this.temporal ? probe(() => this.temporal!.healthService.check({})) : Promise.resolve<Check>('down'),
    ]);
    const status = database === 'up' && temporal === 'up' ? 'up' : 'down';
    response.status(status === 'up' ? 200 : 503).json({ status, database, temporal });
  }
}
