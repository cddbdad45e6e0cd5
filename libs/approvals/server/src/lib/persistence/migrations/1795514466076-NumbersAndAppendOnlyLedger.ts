import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the entities cannot describe, so the generator does not write it: the sequence behind
 * request numbers, and a trigger that refuses any UPDATE or DELETE of a ledger row. The hash
 * chain shows tampering after the fact; the trigger stops a mistake before it happens.
 */
export class NumbersAndAppendOnlyLedger1795514466076 implements MigrationInterface {
  name = 'NumbersAndAppendOnlyLedger1795514466076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "approvals"."request_number_seq" AS bigint START 1`);
    await queryRunner.query(`CREATE FUNCTION "approvals"."ledger_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the approvals ledger is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "ledger_append_only" BEFORE UPDATE OR DELETE ON "approvals"."ledger" FOR EACH ROW EXECUTE FUNCTION "approvals"."ledger_is_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "ledger_no_truncate" BEFORE TRUNCATE ON "approvals"."ledger" FOR EACH STATEMENT EXECUTE FUNCTION "approvals"."ledger_is_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "ledger_no_truncate" ON "approvals"."ledger"`);
    await queryRunner.query(`DROP TRIGGER "ledger_append_only" ON "approvals"."ledger"`);
    await queryRunner.query(`DROP FUNCTION "approvals"."ledger_is_append_only"()`);
    await queryRunner.query(`DROP SEQUENCE "approvals"."request_number_seq"`);
  }
}
