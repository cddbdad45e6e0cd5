import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { InboxPage, InboxQuery, InboxRow } from '@bastion/approvals-contracts';
import type { Principal } from '@bastion/platform-auth';
import { type KeysetOrder, keysetPage, likePattern, thenById } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { ParticipantEntity } from '../persistence/entities/participant.entity';
import { RequestEntity } from '../persistence/entities/request.entity';
import { TaskEntity } from '../persistence/entities/task.entity';
import { requestHeading } from '../requests/request-view';
import { trafficLight } from '@bastion/approvals-rules';
import { clock } from '@bastion/calendar';

type Counts = InboxPage['counts'];

const NO_COUNTS: Counts = { todo: 0, done: 0, cc: 0, mine: 0 };

/** A to-do: an open task the person must act on now, as its assignee or as the delegate working on it. */
const MY_OPEN_TASK = `t.actor_person_id = :me AND t.status = 'open'`;

function rowOf(r: RequestEntity, extra: Pick<InboxRow, 'task' | 'myLastAction'>): InboxRow {
  return {
    requestId: r.id,
    ...requestHeading(r),
    stageName: r.currentStageName,
    updatedAt: r.updatedAt.toISOString(),
    ...extra,
  };
}

/**
 * The one inbox across every procedure: 待办 (tasks awaiting me), 已办 (what I acted on), 抄送
 * (copied to me), 我发起的 (what I submitted). Each tab reads an index of its own; every tab is
 * about the caller's own part in requests, so it needs no further scope filter.
 */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async inbox(principal: Principal, query: InboxQuery): Promise<InboxPage> {
    const me = principal.personId;
    if (!me) return { items: [], total: 0, nextCursor: null, counts: NO_COUNTS };
    const counts = await this.counts(me);
    // Without filters a tab's total is its count, so the list need not count again.
    const unfiltered = !query.procedure && !query.orgId && !query.overdue && !query.dueBefore && !query.q;
    const page = await this.page(me, query, clock.now(), unfiltered ? counts[query.tab] : undefined);
    return { ...page, counts };
  }

  /** How many rows each tab holds, before any filter: the numbers on the tabs. */
  async counts(me: string): Promise<Counts> {
    const [row] = (await this.db.query(
      `SELECT
         (SELECT count(*) FROM approvals.task t WHERE t.actor_person_id = $1 AND t.status = 'open')::int AS todo,
         (SELECT count(*) FROM approvals.participant WHERE person_id = $1 AND last_action_at IS NOT NULL)::int AS done,
         (SELECT count(*) FROM approvals.participant WHERE person_id = $1 AND cc_at IS NOT NULL)::int AS cc,
         (SELECT count(*) FROM approvals.request WHERE submitter_person_id = $1)::int AS mine`,
      [me],
    )) as Counts[];
    return row ?? NO_COUNTS;
  }

  private page(me: string, query: InboxQuery, now: Date, total?: number): Promise<Page<InboxRow>> {
    switch (query.tab) {
      case 'todo':
        return tabPage(
          {
            rows: this.db
              .getRepository(TaskEntity)
              .createQueryBuilder('t')
              .innerJoinAndSelect('t.request', 'r')
              .where(MY_OPEN_TASK, { me }),
            due: 't.due_at',
            // Soonest due first; tasks without a time limit last.
            order: thenById('t.due_sort', 'asc', (t: TaskEntity) => t.dueSort),
            row: (t) =>
              rowOf(t.request!, {
                task: {
                  id: t.taskId,
                  openedAt: t.openedAt?.toISOString() ?? null,
                  dueAt: t.dueAt?.toISOString() ?? null,
                  light: trafficLight(t, now),
                  asDelegate: t.delegatePersonId === me,
                },
                myLastAction: null,
              }),
          },
          query,
          total,
        );
      case 'done':
      case 'cc': {
        const column = query.tab === 'done' ? 'p.last_action_at' : 'p.cc_at';
        return tabPage(
          {
            rows: this.db
              .getRepository(ParticipantEntity)
              .createQueryBuilder('p')
              .innerJoinAndSelect('p.request', 'r')
              .where('p.person_id = :me', { me })
              .andWhere(`${column} IS NOT NULL`),
            due: 'r.due_at',
            order: {
              // Most recent first.
              columns: [column, 'p.request_id'],
              direction: 'desc',
              keyOf: (p) => [(query.tab === 'done' ? p.lastActionAt : p.ccAt)!.toISOString(), p.requestId],
            },
            row: (p) =>
              rowOf(p.request!, {
                task: null,
                myLastAction:
                  p.lastAction && p.lastActionAt
                    ? { action: p.lastAction, at: p.lastActionAt.toISOString() }
                    : null,
              }),
          },
          query,
          total,
        );
      }
      case 'mine':
        return tabPage(
          {
            rows: this.db
              .getRepository(RequestEntity)
              .createQueryBuilder('r')
              .where('r.submitter_person_id = :me', { me }),
            due: 'r.due_at',
            order: thenById('r.created_at', 'desc', (r: RequestEntity) => r.createdAt),
            row: (r) => rowOf(r, { task: null, myLastAction: null }),
          },
          query,
          total,
        );
    }
  }
}

/** What a tab reads: its rows (a query joining the request as `r`), the due time it filters by, its order, and a row of the list. */
interface Tab<T extends ObjectLiteral> {
  rows: SelectQueryBuilder<T>;
  due: string;
  order: KeysetOrder<T>;
  row: (found: T) => InboxRow;
}

/** One page of a tab, under the filters every tab shares. */
async function tabPage<T extends ObjectLiteral>(
  tab: Tab<T>,
  query: InboxQuery,
  total: number | undefined,
): Promise<Page<InboxRow>> {
  filter(tab.rows, query, tab.due);
  const page = await keysetPage(tab.rows, tab.order, query, total);
  return { ...page, items: page.items.map(tab.row) };
}

/** The filters every tab shares, on the request (alias `r`) and on a due time (the task's, or the request's earliest). */
function filter<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, query: InboxQuery, due: string): void {
  if (query.procedure) q.andWhere('r.procedure = :procedure', { procedure: query.procedure });
  if (query.orgId) q.andWhere('r.org_path LIKE :orgPath', { orgPath: `%/${query.orgId}/%` });
  // Overdue against the service's clock, not the database's, so that a test can set today.
  if (query.overdue === 'true') q.andWhere(`${due} < :now`, { now: clock.now() });
  if (query.overdue === 'false') q.andWhere(`(${due} IS NULL OR ${due} >= :now)`, { now: clock.now() });
  if (query.dueBefore) q.andWhere(`${due} <= :dueBefore`, { dueBefore: query.dueBefore });
  if (query.q) q.andWhere('(r.title ILIKE :q OR r.number ILIKE :q)', { q: likePattern(query.q) });
}
