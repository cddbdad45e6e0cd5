import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which items link to an item (关联), read from the records: an expression index the entities
 * cannot describe, so an item's page finds the links made from either side without a scan.
 */
export class ItemLinks1795530000000 implements MigrationInterface {
  name = 'ItemLinks1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "item_links" ON "rectification"."item" USING gin (("record" -> 'links') jsonb_path_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "rectification"."item_links"`);
  }
}
