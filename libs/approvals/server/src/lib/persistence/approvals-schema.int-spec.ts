import { describeServiceSchema } from '@bastion/platform-service-testing';
import { approvalsSchema } from './approvals-schema';

describeServiceSchema(approvalsSchema, 'schema', (db) => {
  it('numbers requests from a sequence and keeps the ledger append-only', async () => {
    const [{ n }] = await db().query(`SELECT nextval('approvals.request_number_seq')::int AS n`);
    expect(n).toBe(1);
    const [{ triggers }] = await db().query(
      `SELECT array_agg(tgname::text ORDER BY tgname) AS triggers FROM pg_trigger WHERE tgrelid = 'approvals.ledger'::regclass AND NOT tgisinternal`,
    );
    expect(triggers).toEqual(['ledger_append_only', 'ledger_no_truncate']);
  });
});
