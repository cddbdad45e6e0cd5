import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An administrator may terminate a stuck request: who, when and why stay on the request row. */
export class RequestTermination1796627707043 implements MigrationInterface {
  name = 'RequestTermination1796627707043';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approvals"."request" ADD "terminated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" ADD "terminated_by_user_id" text`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" ADD "terminated_by_name" text`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" ADD "termination_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A terminated request has no status to go back to but its workflow's last: running.
    await queryRunner.query(`UPDATE "approvals"."request" SET "status" = 'running' WHERE "status" = 'terminated'`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" DROP COLUMN "termination_reason"`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" DROP COLUMN "terminated_by_name"`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" DROP COLUMN "terminated_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "approvals"."request" DROP COLUMN "terminated_at"`);
  }
}
