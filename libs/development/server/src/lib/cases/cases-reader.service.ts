import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type {
  CaseListQuery,
  CaseRecord,
  CaseRow,
  CaseView,
  TimelineStep,
} from '@bastion/development-contracts';
import { allowedSteps, caseTimeline, complianceReport, type RuleContext } from '@bastion/development-rules';
import type { Principal } from '@bastion/platform-auth';
import {
  type KeysetOrder,
  keysetPage,
  terminationView,
  thenById,
  versionOf,
  visibleOne,
} from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { capacitiesOn, visibleCaseCondition } from '../access';
import { WorkingCalendar } from '../calendar/working-calendar';
import { CaseEntity } from '../persistence/entities/case.entity';
import { CaseEntryEntity } from '../persistence/entities/case-entry.entity';
import { RuleBook } from '../rules/rule-book.service';
import { filterCases } from './case-filters';
import { caseRowOf, entryOf } from './case-rows';
import { clock } from '@bastion/calendar';
import { defaultLanguage, type Language } from '@bastion/messages';
import { inLanguage } from '../http/in-language';

const ORDERS: Record<CaseListQuery['sort'], KeysetOrder<CaseEntity>> = {
  // The soonest clock first; cases without one last.
  next_due: thenById('c.due_sort', 'asc', (c) => c.dueSort),
  // Those who have waited longest first.
  application: thenById('c.application_date', 'asc', (c) => c.applicationDate),
  name: thenById('c.person_name', 'asc', (c) => c.personName),
};

/** A case the caller may see, with its full record (entries included). */
export interface VisibleCase {
  entity: CaseEntity;
  record: CaseRecord;
}

/** Reads of cases, each behind the same visibility rule: lists filter by it in SQL, a single read checks it. */
@Injectable()
export class CasesReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: RuleBook,
    private readonly calendar: WorkingCalendar,
  ) {}

  /** The cases the caller may see: the base of every list. */
  visible(principal: Principal): SelectQueryBuilder<CaseEntity> {
    const [visible, params] = visibleCaseCondition(principal);
    return this.db.getRepository(CaseEntity).createQueryBuilder('c').where(visible, params);
  }

  async list(principal: Principal, query: CaseListQuery): Promise<Page<CaseRow>> {
    const day = clock.today();
    const page = await keysetPage(
      filterCases(this.visible(principal), query, day),
      ORDERS[query.sort],
      query,
    );
    return { ...page, items: page.items.map((c) => caseRowOf(c, day)) };
  }

  /** The case, if the caller may see it; otherwise it does not exist for them. */
  loadVisible(principal: Principal, id: string): Promise<CaseEntity> {
    return visibleOne(this.visible(principal).andWhere('c.id = :id', { id }), 'case', id);
  }

  /** The case with its record as its workflow last wrote it, entries from their own table. */
  async loadRecord(principal: Principal, id: string): Promise<VisibleCase> {
    const entity = await this.loadVisible(principal, id);
    const [{ record }] = (await this.db.query(`SELECT record FROM development."case" WHERE id = $1`, [
      id,
    ])) as [{ record: CaseRecord }];
    const entries = await this.db
      .getRepository(CaseEntryEntity)
      .find({ where: { caseId: id }, order: { seq: 'ASC' } });
    return { entity, record: { ...record, entries: entries.map(entryOf) } };
  }

  /** The rules as they apply to the case: its versions, the service's calendar, today. */
  async context(record: CaseRecord): Promise<RuleContext> {
    return {
      today: clock.today(),
      now: clock.now().toISOString(),
      calendar: this.calendar.calendar,
      ruleSets: await this.rules.byIds(record.ruleSets.map((r) => r.id)),
    };
  }

  async view(principal: Principal, id: string, language: Language = defaultLanguage): Promise<CaseView> {
    const { entity, record: stored } = await this.loadRecord(principal, id);
    const ctx = await this.context(stored);
    const capacities = capacitiesOn(principal, entity.idPath);
    const terminated = entity.status === 'terminated';
    // A terminated case's clocks stopped with its workflow: nothing is current, due or running.
    const record: CaseRecord = terminated
      ? { ...stored, status: 'terminated', currentStep: null, clocks: [] }
      : stored;
    const timeline = caseTimeline(stored, ctx);
    return inLanguage(
      {
        row: caseRowOf(entity, ctx.today),
        record,
        timeline: terminated ? timeline.map(stoppedByTermination) : timeline,
        compliance: complianceReport(stored, ctx),
        capacities,
        // A terminated case's workflow is gone: no step can be taken on it.
        allowedSteps: terminated ? [] : allowedSteps(stored, capacities, ctx),
        termination: terminationView(entity),
      },
      language,
    );
  }

  /** The version of the case's record the read model holds; undefined before its first write. */
  async version(id: string): Promise<number | undefined> {
    return versionOf(this.db, 'development."case"', id);
  }
}

/** A step a terminated case had not done is one it never reached. */
function stoppedByTermination(step: TimelineStep): TimelineStep {
  return step.state === 'current' || step.state === 'coming'
    ? { ...step, state: 'not_reached', due: null, earliest: null, predicted: null }
    : step;
}
