import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lists show an item whose deadline was counted on weekdays, in a year without holiday data, as provisional. */
export class ItemProvisional1796670000000 implements MigrationInterface {
  name = 'ItemProvisional1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification"."item" ADD "provisional" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "rectification"."item" SET "provisional" = true WHERE "record" @> '{"provisional": true}'::jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification"."item" DROP COLUMN "provisional"`);
  }
}
