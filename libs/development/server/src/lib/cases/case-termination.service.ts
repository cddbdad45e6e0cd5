import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { clock } from '@bastion/calendar';
import {
  type CaseRecord,
  type CaseView,
  caseWorkflowId,
  DevelopmentErrorCode,
  type DevelopmentStatus,
} from '@bastion/development-contracts';
import type { Principal } from '@bastion/platform-auth';
import { ForbiddenError, NotFoundError } from '@bastion/platform-http';
import { TEMPORAL_CLIENT, terminateWorkflow } from '@bastion/platform-temporal';
import type { TerminationRequest } from '@bastion/shared-contracts';
import { isFinished } from '@bastion/development-rules';
import { DevelopmentError } from '../development-error';
import { CasesReader } from './cases-reader.service';

const ended = () =>
  new DevelopmentError(DevelopmentErrorCode.Ended, 'The case has ended; there is nothing to terminate.');

/**
 * An administrator's way out for a stuck case: its workflow is terminated in Temporal (a sign-off
 * it was waiting for ends with it), then the case row is marked `terminated` with who, when and
 * why, its running clocks dropped and the act appended to the case's record as an entry — in one
 * transaction. The record the workflow last wrote stays as it was, for the dossier.
 */
@Injectable()
export class CaseTermination {
  private readonly logger = new Logger('CaseTermination');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly cases: CasesReader,
  ) {}

  async terminate(principal: Principal, id: string, { reason }: TerminationRequest): Promise<CaseView> {
    if (!principal.isAdmin) throw new ForbiddenError('Only a system administrator may terminate a case.');
    const { entity, record } = await this.cases.loadRecord(principal, id);
    if (entity.status === 'terminated') return this.cases.view(principal, id);
    if (isFinished(record)) throw ended();

    const termination = { by: principal, reason };
    if ((await terminateWorkflow(this.temporal, caseWorkflowId(id), termination)) === 'ended') throw ended();

    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT status, record,
                (SELECT COALESCE(max(seq), 0) FROM development.case_entry WHERE case_id = $1)::int AS seq
           FROM development."case" WHERE id = $1 FOR UPDATE`,
        [id],
      )) as { status: DevelopmentStatus; record: CaseRecord; seq: number }[];
      if (!row) throw new NotFoundError('The case');
      if (row.status === 'terminated') return;
      const at = clock.now();
      const ruleSetId = row.record.ruleSets.at(-1)?.id ?? '';
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
          ruleSetId,
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
      await tx.query(
        `UPDATE development."case"
            SET status = 'terminated', current_step = NULL, next_due = NULL, next_due_clock = NULL,
                next_due_kind = NULL, due_sort = '9999-12-31', overdue = false, updated_at = $2,
                terminated_at = $2, terminated_by_user_id = $3, terminated_by_name = $4, termination_reason = $5
          WHERE id = $1`,
        [id, at, principal.userId, principal.displayName, reason],
      );
    });
    this.logger.log(`Case ${id} terminated by ${principal.username} (${principal.userId}): ${reason}`);
    return this.cases.view(principal, id);
  }
}
