import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, IsNull } from 'typeorm';
import {
  NATIONAL_2014_EFFECTIVE,
  nationalRuleSet,
  type RuleSet,
  type RuleVersionView,
} from '@bastion/development-contracts';
import { ruleSetOn } from '@bastion/development-rules';
import { RuleVersionEntity } from '../persistence/entities/rule-version.entity';

const byEffectiveDate = (a: { effectiveFrom: string }, b: { effectiveFrom: string }) =>
  a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0;

/**
 * The versions of the rules: the national text the service ships with, and the versions
 * committees (or, without a committee, the installation) published since. A case carries the
 * versions that may govern it; the service applies the same ones when it computes a case's views.
 */
@Injectable()
export class RuleBook {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The national versions, oldest first: the shipped text, then any published for the whole installation. */
  async national(): Promise<RuleSet[]> {
    const rows = await this.db
      .getRepository(RuleVersionEntity)
      .find({ where: { committeeId: IsNull() }, order: { effectiveFrom: 'ASC', publishedAt: 'ASC' } });
    return asRuleSets(rows);
  }

  /** Every version that may govern a case of this approving committee, oldest first. */
  async forCommittee(committeeId: string | null): Promise<RuleSet[]> {
    const rows = await this.db.getRepository(RuleVersionEntity).find({
      where: committeeId ? [{ committeeId: IsNull() }, { committeeId }] : { committeeId: IsNull() },
      order: { effectiveFrom: 'ASC', publishedAt: 'ASC' },
    });
    return asRuleSets(rows);
  }

  /** The versions a case knows, by id, in the order given; the shipped text when none is found. */
  async byIds(ids: readonly string[]): Promise<RuleSet[]> {
    const rows = await this.db.getRepository(RuleVersionEntity).findBy({ id: In([...ids]) });
    const known = asRuleSets(rows);
    const found = ids.map((id) => known.find((set) => set.id === id)).filter((s): s is RuleSet => !!s);
    return found.length ? found : [nationalRuleSet()];
  }

  /** The published versions of a committee (all committees without one), after the national ones. */
  async versions(committeeId?: string): Promise<RuleVersionView[]> {
    const rows = await this.db.getRepository(RuleVersionEntity).find({
      where: committeeId ? [{ committeeId: IsNull() }, { committeeId }] : {},
      order: { effectiveFrom: 'ASC', publishedAt: 'ASC' },
    });
    const shipped = nationalRuleSet();
    const national: RuleVersionView = {
      id: shipped.id,
      committee: null,
      effectiveFrom: shipped.effectiveFrom,
      publishedAt: new Date(`${NATIONAL_2014_EFFECTIVE}T00:00:00+08:00`).toISOString(),
      publishedBy: null,
      note: '《中国共产党发展党员工作细则》（2014年）及全国通行做法',
      settings: shipped.settings,
    };
    return [national, ...rows.map(versionView)].sort(byEffectiveDate);
  }
}

/**
 * Rows as rule sets, oldest first, after the shipped national text: a version's settings over
 * the national fixed rules in force on its date.
 */
function asRuleSets(rows: RuleVersionEntity[]): RuleSet[] {
  const nationals: RuleSet[] = [nationalRuleSet()];
  const over = (row: RuleVersionEntity): RuleSet => ({
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    fixed: ruleSetOn(nationals, row.effectiveFrom).fixed,
    settings: row.settings,
  });
  for (const row of rows.filter((r) => r.committeeId === null)) nationals.push(over(row));
  const committees = rows.filter((r) => r.committeeId !== null).map(over);
  return [...nationals, ...committees].sort(byEffectiveDate);
}

export function versionView(row: RuleVersionEntity): RuleVersionView {
  return {
    id: row.id,
    committee: row.committeeId ? { id: row.committeeId, name: row.committeeName ?? '' } : null,
    effectiveFrom: row.effectiveFrom,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedByPersonId
      ? { personId: row.publishedByPersonId, name: row.publishedByName ?? '' }
      : null,
    note: row.note,
    settings: row.settings,
  };
}
