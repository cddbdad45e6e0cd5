import {
  deadlinePageSchema,
  type DeadlineRow,
  type DeadlinesQuery,
  deadlinesQuerySchema,
  type PipelineView,
  pipelineQuerySchema,
  pipelineViewSchema,
} from '@bastion/development-contracts';
import { type Principal, ScopedController, ScopedList } from '@bastion/platform-auth';
import { CallerLanguage } from '@bastion/platform-http';
import type { Page } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import type { Language } from '@bastion/messages';
import { DeadlinesService } from './deadlines.service';
import { PipelineService } from './pipeline.service';

@ScopedController('', { tag: 'pipeline', guards: [DevelopmentRoleGuard] })
export class PipelineController {
  constructor(
    private readonly pipelines: PipelineService,
    private readonly deadlineList: DeadlinesService,
  ) {}

  /** 发展党员工作看板: open cases by status and per branch, across the caller's reach or an organisation's subtree. */
  @ScopedList('pipeline', pipelineQuerySchema, pipelineViewSchema)
  pipeline(principal: Principal, query: { orgId?: string }): Promise<PipelineView> {
    return this.pipelines.pipeline(principal, query.orgId);
  }

  /** The clocks running out within some days, missed deadlines first, then by date. */
  @ScopedList('deadlines', deadlinesQuerySchema, deadlinePageSchema)
  deadlines(
    principal: Principal,
    query: DeadlinesQuery,
    @CallerLanguage() language: Language,
  ): Promise<Page<DeadlineRow>> {
    return this.deadlineList.deadlines(principal, query, language);
  }
}
