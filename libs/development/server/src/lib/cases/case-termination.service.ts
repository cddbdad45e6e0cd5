import { Injectable } from '@nestjs/common';
import { clock } from '@bastion/calendar';
import {
  type CaseRecord,
  type CaseView,
  caseWorkflowId,
  DevelopmentErrorCode,
  type DevelopmentStatus,
} from '@bastion/development-contracts';
import { composedText, defaultLanguage, type Language } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { terminateRecord, WorkflowBacked } from '@bastion/platform-service';
import type { TerminationRequest } from '@bastion/shared-contracts';
import { isFinished } from '@bastion/development-rules';
import { DevelopmentError } from '../development-error';
import { CasesReader } from './cases-reader.service';

const ended = () =>
  new DevelopmentError(
    DevelopmentErrorCode.Ended,
    composedText('refusal.nothing_to_terminate', { what: composedText('record.noun.case') }),
  );

/**
 * An administrator's way out for a stuck case (`terminateRecord`): besides the row and an entry
 * on the case's record, its running clocks are dropped. The record the workflow last wrote stays
 * as it was, for the dossier.
 */
@Injectable()
export class CaseTermination extends WorkflowBacked {
  constructor(private readonly cases: CasesReader) {
    super();
  }

  async terminate(
    principal: Principal,
    id: string,
    { reason }: TerminationRequest,
    language: Language = defaultLanguage,
  ): Promise<CaseView> {
    await terminateRecord<{ status: DevelopmentStatus; record: CaseRecord; seq: number }>(
      this.db,
      this.temporal,
      { principal, id, reason },
      {
        kind: 'Case',
        noun: 'case',
        table: 'development."case"',
        workflowId: caseWorkflowId(id),
        load: async () => {
          const { entity, record } = await this.cases.loadRecord(principal, id);
          return { status: entity.status, finished: isFinished(record) };
        },
        ended,
        lock: `SELECT status, record,
                      (SELECT COALESCE(max(seq), 0) FROM development.case_entry WHERE case_id = $1)::int AS seq
                 FROM development."case" WHERE id = $1 FOR UPDATE`,
        alsoSet: `current_step = NULL, next_due = NULL, next_due_clock = NULL, next_due_kind = NULL,
                  due_sort = '9999-12-31', overdue = false`,
        append: async (tx, row, at) => {
          await tx.query(
            `INSERT INTO development.case_entry
               (case_id, seq, kind, step, date, at, actor_person_id, actor_name, automatic, migrated, note, files,
                rule_set_id, status_after, details)
             VALUES ($1, $2, 'terminated', NULL, $3, $4, $5, $6, false, false, $7, '[]'::jsonb, $8, 'terminated', $9)`,
            [
              id,
              row.seq + 1,
              clock.today(),
              at,
              principal.personId,
              principal.displayName,
              reason,
              row.record.ruleSets.at(-1)?.id ?? '',
              // The account that acted, as an administrator's login records it on every entry it makes.
              JSON.stringify({
                account: { userId: principal.userId, name: principal.displayName },
                username: principal.username,
                statusBefore: row.status,
              }),
            ],
          );
          // Its clocks no longer run: it leaves the deadline lists and the overdue counts.
          await tx.query(`DELETE FROM development.case_clock WHERE case_id = $1`, [id]);
        },
      },
    );
    return this.cases.view(principal, id, language);
  }
}
