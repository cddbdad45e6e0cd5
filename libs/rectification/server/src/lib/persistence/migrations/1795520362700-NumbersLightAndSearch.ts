import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the entities cannot describe, so the generator does not write it: the sequences behind
 * batch and item numbers; the traffic-light rule as a SQL function (the same rule as the
 * workflows' `trafficLight`, so lists filter and count by it); indexes with operator classes —
 * prefix searches on organisation paths, trigram searches on problems and numbers, and which
 * transitions name a file.
 *
 * pg_trgm is a trusted extension, so the schema's owner may create it. It is created in this
 * schema unless the database already has it elsewhere, and dropped on the way down only if it is
 * this schema's.
 */
export class NumbersLightAndSearch1795520362700 implements MigrationInterface {
  name = 'NumbersLightAndSearch1795520362700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "rectification"."batch_number_seq" AS bigint START 1`);
    await queryRunner.query(`CREATE SEQUENCE "rectification"."item_number_seq" AS bigint START 1`);
    await queryRunner.query(`CREATE FUNCTION "rectification"."traffic_light"(status text, deadline date, amber_from date, today date)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN status IN ('closed', 'handed_over') OR deadline IS NULL THEN 'green'
    WHEN today > deadline THEN 'red'
    WHEN amber_from IS NOT NULL AND today >= amber_from THEN 'amber'
    ELSE 'green'
  END
$$`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA "rectification"`);
    const trgm = await trigramSchema(queryRunner);
    await queryRunner.query(
      `CREATE INDEX "item_problem_trgm" ON "rectification"."item" USING gin ("problem" "${trgm}".gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_number_trgm" ON "rectification"."item" USING gin ("number" "${trgm}".gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_org_path" ON "rectification"."item" ("org_path" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "batch_org_path" ON "rectification"."batch" ("inspected_org_path" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "transition_files" ON "rectification"."transition" USING gin ("files" jsonb_path_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "rectification"."transition_files"`);
    await queryRunner.query(`DROP INDEX "rectification"."batch_org_path"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_org_path"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_number_trgm"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_problem_trgm"`);
    if ((await trigramSchema(queryRunner)) === 'rectification') {
      await queryRunner.query(`DROP EXTENSION pg_trgm`);
    }
    await queryRunner.query(`DROP FUNCTION "rectification"."traffic_light"(text, date, date, date)`);
    await queryRunner.query(`DROP SEQUENCE "rectification"."item_number_seq"`);
    await queryRunner.query(`DROP SEQUENCE "rectification"."batch_number_seq"`);
  }
}

async function trigramSchema(queryRunner: QueryRunner): Promise<string> {
  const [row] = (await queryRunner.query(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  )) as { schema: string }[];
  if (!row) throw new Error('pg_trgm is not installed');
  return row.schema;
}
