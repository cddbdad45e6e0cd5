import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification keeps its title and text as catalogue keys with their params, so each reader sees
 * it in their own language. Rows written before keep only their Chinese columns.
 */
export class NotificationTexts1796700000000 implements MigrationInterface {
  name = 'NotificationTexts1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approvals"."notification" ADD "texts" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approvals"."notification" DROP COLUMN "texts"`);
  }
}
