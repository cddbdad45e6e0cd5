import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lists show a batch whose report deadline was counted on weekdays, in a year without holiday data, as provisional. */
export class BatchProvisional1796680000000 implements MigrationInterface {
  name = 'BatchProvisional1796680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "rectification"."batch" ADD "provisional" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `UPDATE "rectification"."batch" SET "provisional" = true WHERE "record" @> '{"provisional": true}'::jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification"."batch" DROP COLUMN "provisional"`);
  }
}
