import { startedForSuite } from '@bastion/platform-service-testing';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { PersistBatch } from '@bastion/approvals-rules';
import { workspaceRoot } from '@bastion/platform-temporal';
import { type ApprovalsTestApp, startApprovalsTestApp } from '../../testing/approvals-test-app';
import { action, branchToCommittee, createTemplate, submit } from '../../testing/fixtures';
import { ApprovalWriter } from '../activities/approval-writer';
import { RequestEntity } from '../persistence/entities/request.entity';
import { ledgerRows } from './ledger-reader';

const run = promisify(execFile);

describe('the ledger', () => {
  const t = startedForSuite(() => startApprovalsTestApp('ledger'));
  let template: string;

  beforeAll(async () => {
    template = await createTemplate(t, branchToCommittee());
  });

  /** A request with a few rows of history: submitted, opened, approved, commented, … */
  async function requestWithHistory(): Promise<string> {
    const { id } = await submit(t, template);
    const post = (who: Parameters<ApprovalsTestApp['as']>[0], body: unknown) =>
      t.as(who).post(`/requests/${id}/actions`, body);
    expect((await post('farmASecretary', action('approve', { opinion: '同意。' }))).status).toBe(200);
    expect((await post('submitter', action('comment', { opinion: '预算表已补充。' }))).status).toBe(200);
    expect((await post('orgDeptLin', action('approve', { opinion: '同意，按程序办理。' }))).status).toBe(200);
    return id;
  }

  const verify = (id: string) => t.as('submitter').get(`/requests/${id}/verify`);

  /** Changes ledger rows the way someone with database access could, past the append-only trigger. */
  async function tamper(params: unknown[], ...statements: string[]): Promise<void> {
    await t.db.transaction(async (tx) => {
      await tx.query(`ALTER TABLE approvals.ledger DISABLE TRIGGER ledger_append_only`);
      for (const sql of statements) await tx.query(sql, params);
      await tx.query(`ALTER TABLE approvals.ledger ENABLE TRIGGER ledger_append_only`);
    });
  }

  async function cli(...args: string[]): Promise<{ code: number; out: string }> {
    try {
      const { stdout } = await run(
        process.execPath,
        ['tools/ts-node.js', 'tools/ledger/verify.ts', ...args],
        {
          cwd: workspaceRoot(),
          env: { ...process.env, DATABASE_URL: t.env.DATABASE_URL },
        },
      );
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  }

  it('links every row to the one before and verifies intact, over HTTP and from the command line', async () => {
    const id = await requestWithHistory();
    const rows = await ledgerRows(t.db, id);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    const [request] = await t.db.query(
      `SELECT ledger_seq, ledger_head FROM approvals.request WHERE id = $1`,
      [id],
    );
    expect(request).toEqual({ ledger_seq: rows.length, ledger_head: rows[rows.length - 1]!.hash });

    const verdict = await verify(id);
    expect(verdict.status).toBe(200);
    expect(verdict.body).toEqual({ requestId: id, rows: rows.length, intact: true, problems: [] });
    const { code, out } = await cli(id);
    expect(code).toBe(0);
    expect(out).toContain(`${id}: intact (${rows.length} rows)`);
  });

  it('refuses to update, delete or truncate a ledger row', async () => {
    const id = await requestWithHistory();
    await expect(
      t.db.query(`UPDATE approvals.ledger SET opinion = '改' WHERE request_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM approvals.ledger WHERE request_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`TRUNCATE approvals.ledger`)).rejects.toThrow(/append-only|foreign key/);
    expect((await verify(id)).body.intact).toBe(true);
  });

  it('detects an edited opinion', async () => {
    const id = await requestWithHistory();
    const approved = (await ledgerRows(t.db, id)).find((r) => r.action === 'approve')!;
    await tamper(
      [id, approved.seq],
      `UPDATE approvals.ledger SET opinion = '不同意。' WHERE request_id = $1 AND seq = $2`,
    );
    const verdict = await verify(id);
    expect(verdict.body.intact).toBe(false);
    expect(verdict.body.problems).toEqual([
      { seq: approved.seq, problem: 'its content no longer matches its hash' },
    ]);
    const { code, out } = await cli(id);
    expect(code).toBe(1);
    expect(out).toContain(`row ${approved.seq}: its content no longer matches its hash`);
  });

  it('detects a deleted row', async () => {
    const id = await requestWithHistory();
    await tamper([id], `DELETE FROM approvals.ledger WHERE request_id = $1 AND seq = 4`);
    const verdict = await verify(id);
    expect(verdict.body.intact).toBe(false);
    expect(verdict.body.problems).toEqual(
      expect.arrayContaining([
        { seq: 5, problem: 'expected row 4 here: a row is missing' },
        { seq: 5, problem: 'does not link to the row before it' },
      ]),
    );
  });

  it('detects two rows whose order was swapped', async () => {
    const id = await requestWithHistory();
    await tamper(
      [id],
      `UPDATE approvals.ledger SET seq = -3 WHERE request_id = $1 AND seq = 3`,
      `UPDATE approvals.ledger SET seq = 3 WHERE request_id = $1 AND seq = 4`,
      `UPDATE approvals.ledger SET seq = 4 WHERE request_id = $1 AND seq = -3`,
    );
    const verdict = await verify(id);
    expect(verdict.body.intact).toBe(false);
    expect(verdict.body.problems.map((p: { seq: number }) => p.seq)).toEqual(expect.arrayContaining([3, 4]));
    const all = await cli('--all');
    expect(all.code).toBe(1);
    expect(all.out).toContain(`${id}: BROKEN`);
  });

  it('writes a retried batch once, and never lets an older batch overwrite a newer one', async () => {
    const id = await requestWithHistory();
    const writer = t.app.get(ApprovalWriter);
    const request = await t.db
      .getRepository(RequestEntity)
      .createQueryBuilder('r')
      .addSelect('r.state')
      .where('r.id = :id', { id })
      .getOneOrFail();
    const rows = await ledgerRows(t.db, id);
    const last = rows[rows.length - 1]!;
    const counts = () =>
      t.db
        .query(
          `SELECT (SELECT count(*) FROM approvals.ledger WHERE request_id = $1)::int AS ledger,
                  (SELECT count(*) FROM approvals.notification WHERE request_id = $1)::int AS notifications,
                  (SELECT count(*) FROM approvals.task WHERE request_id = $1)::int AS tasks`,
          [id],
        )
        .then((r: unknown[]) => r[0]);
    const before = await counts();
    const batch: PersistBatch = {
      events: [
        {
          seq: last.seq,
          at: last.at.toISOString(),
          stageIndex: last.stageIndex,
          actor: null,
          action: last.action,
          automatic: last.automatic,
          detail: last.detail ?? undefined,
        },
      ],
      notices: [
        {
          people: [{ personId: request.submitterPersonId, name: request.submitterName }],
          kind: 'task',
          text: 'task',
        },
      ],
      state: request.state,
      version: request.version,
    };
    await writer.persist(batch, request.workflowId);
    await writer.persist(batch, request.workflowId);
    expect(await counts()).toEqual({
      ...(before as object),
      notifications: (before as { notifications: number }).notifications + 1,
    });

    const older: PersistBatch = {
      events: [],
      notices: [],
      state: { ...request.state, status: 'withdrawn' },
      version: request.version - 1,
    };
    await writer.persist(older, request.workflowId);
    const after = await t.db.getRepository(RequestEntity).findOneByOrFail({ id });
    expect(after).toMatchObject({ status: request.status, version: request.version });
    expect((await verify(id)).body.intact).toBe(true);
  });
});
