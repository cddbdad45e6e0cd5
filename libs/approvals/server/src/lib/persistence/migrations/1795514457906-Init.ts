import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795514457906 implements MigrationInterface {
  name = 'Init1795514457906';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "approvals"."attachment" ("id" uuid NOT NULL, "name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploader_user_id" uuid NOT NULL, "uploader_person_id" uuid NOT NULL, "uploader_name" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" uuid, CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_by_uploader" ON "approvals"."attachment" ("uploader_user_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_by_request" ON "approvals"."attachment" ("request_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."general_request" ("request_id" uuid NOT NULL, "body" text NOT NULL, "attachment_ids" uuid array NOT NULL, "template_id" uuid NOT NULL, "template_version" integer NOT NULL, "submitted_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8dc725c7fcf664c9cf1b8d3504e" PRIMARY KEY ("request_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."request" ("id" uuid NOT NULL, "number" text NOT NULL, "workflow_id" text NOT NULL, "procedure" text NOT NULL, "business_key" text NOT NULL, "title" text NOT NULL, "org_id" uuid NOT NULL, "org_name" text NOT NULL, "org_path" text NOT NULL, "submitter_person_id" uuid NOT NULL, "submitter_name" text NOT NULL, "status" text NOT NULL, "current_stage_index" integer, "current_stage_name" text, "template_id" uuid, "template_version" integer, "template_name" text, "state" jsonb NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "ledger_seq" integer NOT NULL, "ledger_head" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_167d324701e6867f189aed52e18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "request_number" ON "approvals"."request" ("number") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "request_workflow" ON "approvals"."request" ("workflow_id") `,
    );
    await queryRunner.query(`CREATE INDEX "request_by_org" ON "approvals"."request" ("org_id") `);
    await queryRunner.query(
      `CREATE INDEX "request_by_business_key" ON "approvals"."request" ("procedure", "business_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "request_by_submitter" ON "approvals"."request" ("submitter_person_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."ledger" ("request_id" uuid NOT NULL, "seq" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "stage_index" integer, "stage_name" text, "actor_person_id" uuid, "actor_name" text, "on_behalf_of_person_id" uuid, "on_behalf_of_name" text, "action" text NOT NULL, "automatic" boolean NOT NULL, "opinion" text, "attachments" jsonb NOT NULL DEFAULT '[]', "signature_sha256" text, "detail" jsonb, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_34f4d855e052283a38f14976906" PRIMARY KEY ("request_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_person_id" uuid NOT NULL, "request_id" uuid NOT NULL, "batch_version" integer NOT NULL, "notice_index" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_by_recipient" ON "approvals"."notification" ("recipient_person_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_once" ON "approvals"."notification" ("request_id", "batch_version", "notice_index", "recipient_person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."participant" ("request_id" uuid NOT NULL, "person_id" uuid NOT NULL, "person_name" text NOT NULL, "last_action" text, "last_action_at" TIMESTAMP WITH TIME ZONE, "cc_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0a96a829dc5076b27ea99a30622" PRIMARY KEY ("request_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "participant_cc" ON "approvals"."participant" ("person_id", "cc_at", "request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "participant_done" ON "approvals"."participant" ("person_id", "last_action_at", "request_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."route_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "current_version" integer NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "PK_3020117b9c516d2aedbb825cea2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "route_template_by_name" ON "approvals"."route_template" ("name", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."route_template_version" ("template_id" uuid NOT NULL, "version" integer NOT NULL, "name" text NOT NULL, "description" text, "route" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid, "created_by" text NOT NULL, CONSTRAINT "PK_fc0aabce2703ffb840920416757" PRIMARY KEY ("template_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals"."task" ("id" text NOT NULL, "request_id" uuid NOT NULL, "task_id" text NOT NULL, "kind" text NOT NULL, "stage_index" integer NOT NULL, "stage_name" text NOT NULL, "assignee_person_id" uuid NOT NULL, "assignee_name" text NOT NULL, "delegate_person_id" uuid, "delegate_name" text, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "remind_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "task_by_request" ON "approvals"."task" ("request_id") `);
    await queryRunner.query(
      `CREATE INDEX "task_inbox_delegate" ON "approvals"."task" ("delegate_person_id", "status", "due_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "task_inbox_assignee" ON "approvals"."task" ("assignee_person_id", "status", "due_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "approvals"."ledger" ADD CONSTRAINT "ledger_request_fk" FOREIGN KEY ("request_id") REFERENCES "approvals"."request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approvals"."participant" ADD CONSTRAINT "participant_request_fk" FOREIGN KEY ("request_id") REFERENCES "approvals"."request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approvals"."route_template_version" ADD CONSTRAINT "route_template_version_template_fk" FOREIGN KEY ("template_id") REFERENCES "approvals"."route_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approvals"."task" ADD CONSTRAINT "task_request_fk" FOREIGN KEY ("request_id") REFERENCES "approvals"."request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approvals"."task" DROP CONSTRAINT "task_request_fk"`);
    await queryRunner.query(
      `ALTER TABLE "approvals"."route_template_version" DROP CONSTRAINT "route_template_version_template_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "approvals"."participant" DROP CONSTRAINT "participant_request_fk"`);
    await queryRunner.query(`ALTER TABLE "approvals"."ledger" DROP CONSTRAINT "ledger_request_fk"`);
    await queryRunner.query(`DROP INDEX "approvals"."task_inbox_assignee"`);
    await queryRunner.query(`DROP INDEX "approvals"."task_inbox_delegate"`);
    await queryRunner.query(`DROP INDEX "approvals"."task_by_request"`);
    await queryRunner.query(`DROP TABLE "approvals"."task"`);
    await queryRunner.query(`DROP TABLE "approvals"."route_template_version"`);
    await queryRunner.query(`DROP INDEX "approvals"."route_template_by_name"`);
    await queryRunner.query(`DROP TABLE "approvals"."route_template"`);
    await queryRunner.query(`DROP INDEX "approvals"."participant_done"`);
    await queryRunner.query(`DROP INDEX "approvals"."participant_cc"`);
    await queryRunner.query(`DROP TABLE "approvals"."participant"`);
    await queryRunner.query(`DROP INDEX "approvals"."notification_once"`);
    await queryRunner.query(`DROP INDEX "approvals"."notification_by_recipient"`);
    await queryRunner.query(`DROP TABLE "approvals"."notification"`);
    await queryRunner.query(`DROP TABLE "approvals"."ledger"`);
    await queryRunner.query(`DROP INDEX "approvals"."request_by_submitter"`);
    await queryRunner.query(`DROP INDEX "approvals"."request_by_business_key"`);
    await queryRunner.query(`DROP INDEX "approvals"."request_by_org"`);
    await queryRunner.query(`DROP INDEX "approvals"."request_workflow"`);
    await queryRunner.query(`DROP INDEX "approvals"."request_number"`);
    await queryRunner.query(`DROP TABLE "approvals"."request"`);
    await queryRunner.query(`DROP TABLE "approvals"."general_request"`);
    await queryRunner.query(`DROP INDEX "approvals"."attachment_by_request"`);
    await queryRunner.query(`DROP INDEX "approvals"."attachment_by_uploader"`);
    await queryRunner.query(`DROP TABLE "approvals"."attachment"`);
  }
}
