import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An administrator may terminate a stuck case: who, when and why stay on the case row. */
export class CaseTermination1796650000000 implements MigrationInterface {
  name = 'CaseTermination1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "development"."case" ADD "terminated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "development"."case" ADD "terminated_by_user_id" text`);
    await queryRunner.query(`ALTER TABLE "development"."case" ADD "terminated_by_name" text`);
    await queryRunner.query(`ALTER TABLE "development"."case" ADD "termination_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A terminated case goes back to the status its workflow last recorded (kept in its record).
    await queryRunner.query(
      `UPDATE "development"."case" SET "status" = "record"->>'status' WHERE "status" = 'terminated'`,
    );
    await queryRunner.query(`DELETE FROM "development"."case_entry" WHERE "kind" = 'terminated'`);
    await queryRunner.query(`ALTER TABLE "development"."case" DROP COLUMN "termination_reason"`);
    await queryRunner.query(`ALTER TABLE "development"."case" DROP COLUMN "terminated_by_name"`);
    await queryRunner.query(`ALTER TABLE "development"."case" DROP COLUMN "terminated_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "development"."case" DROP COLUMN "terminated_at"`);
  }
}
