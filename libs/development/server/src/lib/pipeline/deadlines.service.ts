import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, clock, daysUntilDue, parseLocalDate } from '@bastion/calendar';
import type { DeadlineRow, DeadlinesQuery } from '@bastion/development-contracts';
import type { Principal } from '@bastion/platform-auth';
import { keysetPage, likePattern } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { visibleCaseCondition } from '../access';
import { CaseClockEntity } from '../persistence/entities/case-clock.entity';
import { defaultLanguage, type Language, renderText } from '@bastion/messages';
import { storedClockRule } from '@bastion/development-rules';

/** A stored clock's rule in the language, and its key in the catalogue. */
function clockRuleIn(k: Pick<CaseClockEntity, 'key' | 'rule'>, language: Language) {
  const ref = storedClockRule(k);
  return { rule: renderText(ref, language), ruleKey: ref.key };
}

/** A clock (alias `k`) past its date: a deadline missed. */
const LATE = `(k.kind = 'deadline' AND k.due < CAST(:today AS date))`;

/**
 * The clocks of the open cases the caller may see that run out within some days, missed
 * deadlines first, then by date: what to do next across the tree.
 */
@Injectable()
export class DeadlinesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async deadlines(
    principal: Principal,
    query: DeadlinesQuery,
    language: Language = defaultLanguage,
  ): Promise<Page<DeadlineRow>> {
    const day = clock.today();
    const [visible, params] = visibleCaseCondition(principal);
    const q = this.db
      .getRepository(CaseClockEntity)
      .createQueryBuilder('k')
      // Only what a row shows: the case's record (kilobytes of JSON) stays out of the join.
      .innerJoin('k.case', 'c')
      .addSelect(['c.id', 'c.number', 'c.personName', 'c.orgId', 'c.orgName', 'c.status'])
      .where(visible, params)
      .andWhere('c.closed_on IS NULL')
      .andWhere('k.due <= CAST(:until AS date)', { until: addDays(parseLocalDate(day), query.withinDays) })
      .setParameter('today', day);
    if (query.orgId) q.andWhere('c.id_path LIKE :orgPath', { orgPath: `%/${query.orgId}/%` });
    if (query.clock) q.andWhere('k.key = :clock', { clock: query.clock });
    if (query.q) q.andWhere('(c.person_name ILIKE :q OR c.number ILIKE :q)', { q: likePattern(query.q) });
    const isLate = (k: CaseClockEntity) => k.kind === 'deadline' && k.due < day;
    // A plain count: the builder's own counts distinct composite keys, twice the work here.
    const counted = await q.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
    const page = await keysetPage(
      q,
      {
        columns: [`CASE WHEN ${LATE} THEN 0 ELSE 1 END`, 'k.due', 'k.case_id', 'k.key'],
        direction: 'asc',
        keyOf: (k) => [isLate(k) ? 0 : 1, k.due, k.caseId, k.key],
      },
      query,
      counted?.n ?? 0,
    );
    return {
      ...page,
      items: page.items.map((k) => {
        const c = k.case!;
        return {
          caseId: c.id,
          number: c.number,
          person: { id: c.id, name: c.personName },
          org: { id: c.orgId, name: c.orgName },
          status: c.status,
          clock: k.key,
          kind: k.kind,
          due: k.due,
          daysLeft: daysUntilDue(parseLocalDate(k.due), parseLocalDate(day)),
          level: k.level,
          ...clockRuleIn(k, language),
        };
      }),
    };
  }
}
