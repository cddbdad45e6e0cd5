import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PublishRules, RuleSet, RuleVersionView } from '@bastion/development-contracts';
import {
  approverRefusalOf,
  decidingProblemLabel,
  decidingProblemText,
  decidingRouteOrgIds,
  decidingSettingsProblems,
  decidingStageRefusal,
  ruleSetOn,
} from '@bastion/development-rules';
import type { OrgSnapshot } from '@bastion/identity-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { ForbiddenError, NotFoundError, ValidationError } from '@bastion/platform-http';
import { holds } from '../access';
import { DevelopmentError, reasonsOf } from '../development-error';
import { IdentityLookup } from '../identity/identity-lookup';
import { RuleVersionEntity } from '../persistence/entities/rule-version.entity';
import { clock } from '@bastion/calendar';
import { RuleAdoption } from './rule-adoption.service';
import { RuleBook, versionView } from './rule-book.service';

/**
 * A committee publishes a version of its settings: from its effective date its cases follow it.
 * A version takes effect today at the earliest, since steps already taken keep the rules they
 * were taken under.
 */
@Injectable()
export class RulePublishing {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: IdentityLookup,
    private readonly book: RuleBook,
    private readonly adoption: RuleAdoption,
  ) {}

  async publish(principal: Principal, committeeId: string, body: PublishRules): Promise<RuleVersionView> {
    const committee = await this.lookup.org(committeeId);
    if (!committee || !holds(principal, 'development.read', committee.idPath)) {
      throw new NotFoundError('committee');
    }
    if (!holds(principal, 'development.supervise', committee.idPath)) {
      throw new ForbiddenError(composedText('development.service.publish_orgdept'));
    }
    if (committee.kind !== 'committee') {
      throw new ValidationError([{ field: 'committeeId', problem: 'is not a Party committee' }]);
    }
    await this.refuseUnauthorisedDeciders(committee, body);
    if (body.effectiveFrom < clock.today()) {
      throw new ValidationError([
        { field: 'effectiveFrom', problem: 'cannot lie in the past: steps already taken keep their rules' },
      ]);
    }
    const base = ruleSetOn(await this.book.national(), body.effectiveFrom);
    const row = await this.db.transaction(async (tx) => {
      // Versions of a committee are numbered one after another.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`development-rules/${committeeId}`]);
      const published = await tx.countBy(RuleVersionEntity, { committeeId });
      return tx.save(
        tx.create(RuleVersionEntity, {
          id: `${base.id}/committee-${committeeId}/${published + 1}`,
          committeeId,
          committeeName: committee.name,
          effectiveFrom: body.effectiveFrom,
          settings: body.settings,
          note: body.note,
          publishedByPersonId: principal.personId,
          publishedByName: principal.personId ? principal.displayName : null,
          publishedAt: new Date(),
        }),
      );
    });
    const ruleSet: RuleSet = {
      id: row.id,
      effectiveFrom: row.effectiveFrom,
      fixed: base.fixed,
      settings: row.settings,
    };
    this.adoption.start(committeeId, ruleSet);
    return versionView(row);
  }

  /**
   * The committee decides its cases' admissions and conversions: it must have the authority, and
   * no stage of its deciding routes may hand the decision to a general branch, a temporary
   * organisation or a committee without the authority. Refused with every such stage named.
   */
  private async refuseUnauthorisedDeciders(committee: OrgSnapshot, body: PublishRules): Promise<void> {
    const own = approverRefusalOf(committee);
    if (own)
      throw DevelopmentError.of({
        ...own,
        message: `${committee.name}：${own.message}，不能发布发展党员规则`,
      });
    const named = await Promise.all(decidingRouteOrgIds(body.settings).map((id) => this.lookup.org(id)));
    const orgs = new Map(named.filter((o): o is OrgSnapshot => o !== null).map((o) => [o.id, o]));
    const problems = decidingSettingsProblems(body.settings, orgs);
    if (!problems.length) return;
    const first = decidingStageRefusal(problems[0]!);
    throw new DevelopmentError(
      first.code,
      reasonsOf(problems.map((p) => decidingStageRefusal(p).params)) ??
        problems.map((p) => decidingStageRefusal(p).message).join('；'),
      undefined,
      problems.map((p) => ({
        field: `settings.routes.${p.route}.stages.${p.stageIndex}.assignees.at`,
        problem: decidingProblemLabel(p.problem).en,
        reason: decidingProblemText(p.problem),
      })),
      { params: first.params },
    );
  }
}
