import type { MigrationInterface, QueryRunner } from 'typeorm';

const lightFunction = (
  finished: string,
) => `CREATE OR REPLACE FUNCTION "rectification"."traffic_light"(status text, deadline date, amber_from date, today date)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN status IN (${finished}) OR deadline IS NULL THEN 'green'
    WHEN today > deadline THEN 'red'
    WHEN amber_from IS NOT NULL AND today >= amber_from THEN 'amber'
    ELSE 'green'
  END
$$`;

/**
 * An administrator may terminate a stuck item: who, when and why stay on the item row, and a
 * terminated item no longer runs against its deadline (the traffic-light rule learns the status).
 */
export class ItemTermination1796640000000 implements MigrationInterface {
  name = 'ItemTermination1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "rectification"."item" ADD "terminated_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "rectification"."item" ADD "terminated_by_user_id" text`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" ADD "terminated_by_name" text`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" ADD "termination_reason" text`);
    await queryRunner.query(lightFunction(`'closed', 'handed_over', 'terminated'`));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(lightFunction(`'closed', 'handed_over'`));
    // A terminated item goes back to the status its termination left (the transition keeps it).
    await queryRunner.query(`UPDATE "rectification"."item" AS i SET "status" = t."from_status", "record" = jsonb_set(i."record", '{status}', to_jsonb(t."from_status"))
      FROM "rectification"."transition" AS t
     WHERE t."item_id" = i."id" AND t."kind" = 'terminated' AND i."status" = 'terminated'`);
    await queryRunner.query(`DELETE FROM "rectification"."transition" WHERE "kind" = 'terminated'`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" DROP COLUMN "termination_reason"`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" DROP COLUMN "terminated_by_name"`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" DROP COLUMN "terminated_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" DROP COLUMN "terminated_at"`);
  }
}
