import { Get } from '@nestjs/common';
import { z } from 'zod';
import {
  type PublishRules,
  publishRulesSchema,
  type RuleVersionView,
  ruleVersionViewSchema,
} from '@bastion/development-contracts';
import { type Principal, ScopedAction, ScopedController } from '@bastion/platform-auth';
import { Returns, ValidQuery } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import { RuleBook } from './rule-book.service';
import { RulePublishing } from './rule-publishing.service';

const ruleVersionsQuerySchema = z.strictObject({ committeeId: idSchema.optional() });

@ScopedController('rules', { guards: [DevelopmentRoleGuard] })
export class RulesController {
  constructor(
    private readonly book: RuleBook,
    private readonly publishing: RulePublishing,
  ) {}

  /** The versions of the rules: national, then a committee's (every committee's without one), oldest first. */
  @Get()
  @Returns(z.array(ruleVersionViewSchema))
  versions(@ValidQuery(ruleVersionsQuerySchema) query: { committeeId?: string }): Promise<RuleVersionView[]> {
    return this.book.versions(query.committeeId);
  }

  /**
   * Publishes a version of a committee's settings, from its effective date (today or later). Its
   * open cases adopt it in the background. 403 without the supervise permission at the committee.
   */
  @ScopedAction('post', ':committeeId/versions', publishRulesSchema, ruleVersionViewSchema, {
    param: ['committeeId', idSchema],
    status: 201,
  })
  publish(principal: Principal, committeeId: string, body: PublishRules): Promise<RuleVersionView> {
    return this.publishing.publish(principal, committeeId, body);
  }
}
