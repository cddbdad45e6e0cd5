import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  deadlinePageSchema,
  type DeadlineRow,
  type DeadlinesQuery,
  deadlinesQuerySchema,
  type PipelineView,
  pipelineQuerySchema,
  pipelineViewSchema,
} from '@bastion/development-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { CallerLanguage, Returns, ValidQuery } from '@bastion/platform-http';
import type { Page } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import type { Language } from '@bastion/messages';
import { DeadlinesService } from './deadlines.service';
import { PipelineService } from './pipeline.service';

@ApiTags('pipeline')
@ApiBearerAuth()
@UseGuards(DevelopmentRoleGuard)
@Controller()
export class PipelineController {
  constructor(
    private readonly pipelines: PipelineService,
    private readonly deadlineList: DeadlinesService,
  ) {}

  /** 发展党员工作看板: open cases by status and per branch, across the caller's reach or an organisation's subtree. */
  @Get('pipeline')
  @Returns(pipelineViewSchema)
  pipeline(
    @CurrentUser() principal: Principal,
    @ValidQuery(pipelineQuerySchema) query: { orgId?: string },
  ): Promise<PipelineView> {
    return this.pipelines.pipeline(principal, query.orgId);
  }

  /** The clocks running out within some days, missed deadlines first, then by date. */
  @Get('deadlines')
  @Returns(deadlinePageSchema)
  deadlines(
    @CurrentUser() principal: Principal,
    @ValidQuery(deadlinesQuerySchema) query: DeadlinesQuery,
    @CallerLanguage() language: Language,
  ): Promise<Page<DeadlineRow>> {
    return this.deadlineList.deadlines(principal, query, language);
  }
}
