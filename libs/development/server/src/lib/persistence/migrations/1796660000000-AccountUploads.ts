import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An administrator's login that is no person on record may upload the evidence of the steps only
 * an administrator takes (a direct admission): the uploader's person may be empty.
 */
export class AccountUploads1796660000000 implements MigrationInterface {
  name = 'AccountUploads1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "development"."file" ALTER COLUMN "uploaded_by_person_id" DROP NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Files an account uploaded name the account's user as the uploader: the column cannot hold them otherwise.
    await queryRunner.query(
      `UPDATE "development"."file" SET "uploaded_by_person_id" = "uploaded_by_user_id" WHERE "uploaded_by_person_id" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "development"."file" ALTER COLUMN "uploaded_by_person_id" SET NOT NULL`,
    );
  }
}
