import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InboxOrder1795516836533 implements MigrationInterface {
  name = 'InboxOrder1795516836533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "approvals"."task_inbox_delegate"`);
    await queryRunner.query(`DROP INDEX "approvals"."task_inbox_assignee"`);
    // Added empty, filled from the existing rows, then made required.
    await queryRunner.query(`ALTER TABLE "approvals"."task" ADD "actor_person_id" uuid`);
    await queryRunner.query(`ALTER TABLE "approvals"."task" ADD "due_sort" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "approvals"."task" SET "actor_person_id" = COALESCE("delegate_person_id", "assignee_person_id"), "due_sort" = COALESCE("due_at", '9999-12-31 23:59:59+00')`,
    );
    await queryRunner.query(`ALTER TABLE "approvals"."task" ALTER COLUMN "actor_person_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "approvals"."task" ALTER COLUMN "due_sort" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "task_inbox" ON "approvals"."task" ("actor_person_id", "status", "due_sort", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "approvals"."task_inbox"`);
    await queryRunner.query(`ALTER TABLE "approvals"."task" DROP COLUMN "due_sort"`);
    await queryRunner.query(`ALTER TABLE "approvals"."task" DROP COLUMN "actor_person_id"`);
    await queryRunner.query(
      `CREATE INDEX "task_inbox_assignee" ON "approvals"."task" ("assignee_person_id", "due_at", "id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "task_inbox_delegate" ON "approvals"."task" ("delegate_person_id", "due_at", "id", "status") `,
    );
  }
}
