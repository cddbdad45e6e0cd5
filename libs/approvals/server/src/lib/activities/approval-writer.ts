import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { PersistBatch } from '@bastion/approvals-rules';
import { shanghaiDateOf } from '@bastion/calendar';
import { upsertVersioned } from '@bastion/platform-persistence';
import { chainRows, GENESIS_HASH, type HashedLedgerRow } from '../ledger/hash-chain';
import { LedgerRowEntity } from '../persistence/entities/ledger-row.entity';
import { TaskEntity } from '../persistence/entities/task.entity';
import { earliestDue, ledgerFields, notificationText, participantRows, taskRows } from './read-model';

interface Existing {
  status: string;
  version: number;
  number: string;
  title: string;
  ledger_seq: number;
  ledger_head: string | null;
}

/**
 * Writes what one change of a request produced, in one transaction: its ledger rows (hash-chained
 * to the rows before), the request row, its tasks and participants, and its notifications. Every
 * part is idempotent, so a retried batch writes nothing twice, and a batch older than what the
 * row holds changes nothing.
 */
@Injectable()
export class ApprovalWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  persist(batch: PersistBatch, workflowId: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const { state } = batch;
      const requestId = state.input.requestId;
      const at = batch.events[batch.events.length - 1]?.at ?? new Date().toISOString();
      let inserted: { number: string; title: string } | undefined;
      await upsertVersioned<Existing, HashedLedgerRow[]>(tx, {
        table: 'approvals.request',
        id: requestId,
        version: batch.version,
        columns: ['number', 'title', 'ledger_seq', 'ledger_head'],
        prepare: (existing) => this.chain(tx, batch, existing),
        insert: async (rows) => {
          inserted = await this.insertRequest(tx, batch, workflowId, rows[rows.length - 1]?.hash ?? null, at);
          return true;
        },
        update: (rows) => this.updateRequest(tx, batch, rows[rows.length - 1]?.hash, at),
        replace: async () => {
          await tx.delete(TaskEntity, { requestId });
          const tasks = taskRows(state);
          if (tasks.length) await tx.insert(TaskEntity, tasks);
          await this.recordParticipants(tx, batch, at);
        },
        append: async (rows, existing) => {
          if (rows.length) {
            // A row already there is this very batch written before: the same seq, the same content.
            await tx
              .createQueryBuilder()
              .insert()
              .into(LedgerRowEntity)
              .values(rows.map(toEntity))
              .orIgnore()
              .execute();
          }
          await this.notify(tx, batch, (existing ?? inserted)!, at);
        },
      });
    });
  }

  /** Hashes the batch's events onto the chain: the first links to the row before it (or to the genesis). */
  private async chain(
    tx: EntityManager,
    batch: PersistBatch,
    existing?: Existing,
  ): Promise<HashedLedgerRow[]> {
    const first = batch.events[0];
    if (!first) return [];
    let previous = GENESIS_HASH;
    if (first.seq > 1 && existing?.ledger_seq === first.seq - 1 && existing.ledger_head) {
      // The request row already names the chain's last row: no need to read it.
      previous = existing.ledger_head;
    } else if (first.seq > 1) {
      const [row] = (await tx.query(`SELECT hash FROM approvals.ledger WHERE request_id = $1 AND seq = $2`, [
        batch.state.input.requestId,
        first.seq - 1,
      ])) as { hash: string }[];
      // Batches are written in order; a missing predecessor means an earlier write has not landed yet.
      if (!row) throw new Error(`ledger row ${first.seq - 1} of ${batch.state.input.requestId} is missing`);
      previous = row.hash;
    }
    return chainRows(
      previous,
      batch.events.map((e) => ledgerFields(batch.state, e)),
    );
  }

  private async insertRequest(
    tx: EntityManager,
    batch: PersistBatch,
    workflowId: string,
    head: string | null,
    at: string,
  ): Promise<{ number: string; title: string }> {
    const { state } = batch;
    const { subject, template } = state.input;
    const createdAt = batch.events[0]?.at ?? at;
    const year = shanghaiDateOf(new Date(createdAt)).slice(0, 4);
    const live = state.status === 'running' || state.status === 'returned';
    const [row] = (await tx.query(
      `INSERT INTO approvals.request (id, number, workflow_id, procedure, business_key, title, org_id, org_name,
         org_path, submitter_person_id, submitter_name, status, current_stage_index, current_stage_name,
         template_id, template_version, template_name, state, due_at, ledger_seq, ledger_head, created_at,
         updated_at, decided_at, version)
       SELECT $1, 'SP' || $2 || '-' || lpad(n::text, greatest(6, length(n::text)), '0'), $3, $4, $5, $6, $7, $8,
         $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19, $20, $21, $22, $23, $24, $25
         FROM (SELECT nextval('approvals.request_number_seq') AS n) s
       RETURNING number, title`,
      [
        state.input.requestId,
        year,
        workflowId,
        subject.procedure,
        subject.businessKey,
        subject.title,
        subject.org.id,
        subject.org.name,
        subject.org.idPath,
        subject.submitter.personId,
        subject.submitter.name,
        state.status,
        live ? state.current : null,
        live ? state.input.route.stages[state.current]!.name : null,
        template?.id ?? null,
        template?.version ?? null,
        template?.name ?? null,
        JSON.stringify(storedState(state)),
        earliestDue(state),
        state.ledgerSeq,
        head,
        createdAt,
        at,
        state.decidedAt ?? null,
        batch.version,
      ],
    )) as { number: string; title: string }[];
    return row!;
  }

  private async updateRequest(
    tx: EntityManager,
    batch: PersistBatch,
    head: string | undefined,
    at: string,
  ): Promise<boolean> {
    const { state } = batch;
    const live = state.status === 'running' || state.status === 'returned';
    // An UPDATE answers with its rows and how many it changed.
    const [, changed] = (await tx.query(
      `UPDATE approvals.request SET status = $2, current_stage_index = $3, current_stage_name = $4,
         state = $5::jsonb, due_at = $6, ledger_seq = $7, ledger_head = COALESCE($8, ledger_head),
         updated_at = $9, decided_at = $10, version = $11
       WHERE id = $1 AND version < $11`,
      [
        state.input.requestId,
        state.status,
        live ? state.current : null,
        live ? state.input.route.stages[state.current]!.name : null,
        JSON.stringify(storedState(state)),
        earliestDue(state),
        state.ledgerSeq,
        head ?? null,
        at,
        state.decidedAt ?? null,
        batch.version,
      ],
    )) as [unknown, number];
    return changed > 0;
  }

  private async recordParticipants(tx: EntityManager, batch: PersistBatch, at: string): Promise<void> {
    const rows = participantRows(batch.state, batch.events, at);
    if (!rows.length) return;
    await tx.query(
      `INSERT INTO approvals.participant AS p (request_id, person_id, person_name, last_action, last_action_at, cc_at)
       SELECT $1, u.person_id, u.person_name, u.last_action, u.last_action_at, u.cc_at
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[])
           AS u(person_id, person_name, last_action, last_action_at, cc_at)
       ON CONFLICT (request_id, person_id) DO UPDATE SET
         person_name = EXCLUDED.person_name,
         last_action = CASE
           WHEN EXCLUDED.last_action_at IS NOT NULL
            AND (p.last_action_at IS NULL OR EXCLUDED.last_action_at >= p.last_action_at)
           THEN EXCLUDED.last_action ELSE p.last_action END,
         last_action_at = GREATEST(p.last_action_at, EXCLUDED.last_action_at),
         cc_at = COALESCE(p.cc_at, EXCLUDED.cc_at)`,
      [
        batch.state.input.requestId,
        rows.map((r) => r.personId),
        rows.map((r) => r.name),
        rows.map((r) => r.lastAction),
        rows.map((r) => r.lastActionAt),
        rows.map((r) => r.ccAt),
      ],
    );
  }

  /** One notification per notice and person, keyed by the batch's version and the notice's place in it. */
  private async notify(
    tx: EntityManager,
    batch: PersistBatch,
    request: { number: string; title: string },
    at: string,
  ): Promise<void> {
    const rows = batch.notices.flatMap((notice, index) => {
      const { title, text, texts } = notificationText(notice, request);
      const people = [...new Map(notice.people.map((p) => [p.personId, p])).values()];
      return people.map((p) => ({ recipient: p.personId, index, kind: notice.kind, title, text, texts: JSON.stringify(texts) }));
    });
    if (!rows.length) return;
    await tx.query(
      `INSERT INTO approvals.notification (recipient_person_id, request_id, batch_version, notice_index, kind, title, text, texts, created_at)
       SELECT u.recipient, $1, $2, u.notice_index, u.kind, u.title, u.text, u.texts::jsonb, $3
         FROM unnest($4::uuid[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS u(recipient, notice_index, kind, title, text, texts)
       ON CONFLICT (request_id, batch_version, notice_index, recipient_person_id) DO NOTHING`,
      [
        batch.state.input.requestId,
        batch.version,
        at,
        rows.map((r) => r.recipient),
        rows.map((r) => r.index),
        rows.map((r) => r.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.text),
        rows.map((r) => r.texts),
      ],
    );
  }
}

function toEntity(row: HashedLedgerRow): QueryDeepPartialEntity<LedgerRowEntity> {
  return { ...row, at: new Date(row.at) } as QueryDeepPartialEntity<LedgerRowEntity>;
}

/** The state as the read model keeps it: without the request's copy of the holiday calendar, which only the workflow needs. */
function storedState(state: PersistBatch['state']): PersistBatch['state'] {
  return { ...state, calendar: [] };
}
