import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The development schema. Besides what the entities describe: the sequence behind case numbers,
 * prefix searches on organisation paths (the caller's scope), and which entries name a file.
 */
export class Init1795529976924 implements MigrationInterface {
  name = 'Init1795529976924';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "development"."case" ("id" uuid NOT NULL, "number" text NOT NULL, "person_name" text NOT NULL, "person_gender" text NOT NULL, "org_id" uuid NOT NULL, "org_name" text NOT NULL, "id_path" text NOT NULL, "approving_committee_id" uuid, "approving_committee_name" text, "status" text NOT NULL, "current_step" integer, "application_date" date NOT NULL, "activist_date" date, "candidate_date" date, "admission_date" date, "probation_end" date, "standing_date" date, "next_due" date, "next_due_clock" text, "next_due_kind" text, "due_sort" date NOT NULL, "overdue" boolean NOT NULL, "migrated" boolean NOT NULL, "closed_on" date, "version" integer NOT NULL, "record" jsonb NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a1b20a2aef6fc438389d2c4aca0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "case_number" ON "development"."case" ("number") `);
    await queryRunner.query(
      `CREATE INDEX "case_by_committee" ON "development"."case" ("approving_committee_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "case_by_status" ON "development"."case" ("status") `);
    await queryRunner.query(`CREATE INDEX "case_by_name" ON "development"."case" ("person_name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "case_by_application" ON "development"."case" ("application_date", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "case_by_due" ON "development"."case" ("due_sort", "id") `);
    await queryRunner.query(
      `CREATE TABLE "development"."case_clock" ("case_id" uuid NOT NULL, "key" text NOT NULL, "kind" text NOT NULL, "due" date NOT NULL, "remind_from" date NOT NULL, "escalate_from" date, "level" text, "rule" text NOT NULL, "rule_set_id" text NOT NULL, CONSTRAINT "PK_aba70fba2f269df8fc61327b2ad" PRIMARY KEY ("case_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_clock_by_due" ON "development"."case_clock" ("due", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "development"."case_entry" ("case_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" text NOT NULL, "step" integer, "date" date, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_person_id" uuid, "actor_name" text, "automatic" boolean NOT NULL, "migrated" boolean NOT NULL, "note" text NOT NULL, "files" jsonb NOT NULL, "rule_set_id" text NOT NULL, "status_after" text NOT NULL, "details" jsonb NOT NULL, "request_id" text, CONSTRAINT "PK_a1a949001e5e163d17ba5f68c0f" PRIMARY KEY ("case_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_entry_by_kind" ON "development"."case_entry" ("kind", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "development"."file" ("id" uuid NOT NULL, "name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "uploaded_by_person_id" uuid NOT NULL, "uploaded_by_name" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_36b46d232307066b3a2c9ea3a1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "file_by_uploader" ON "development"."file" ("uploaded_by_user_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "development"."rule_version" ("id" text NOT NULL, "committee_id" uuid, "committee_name" text, "effective_from" date NOT NULL, "settings" jsonb NOT NULL, "note" text NOT NULL, "published_by_person_id" uuid, "published_by_name" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_473b16699e9523bff9a058f57f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rule_version_by_committee" ON "development"."rule_version" ("committee_id", "effective_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "development"."case_clock" ADD CONSTRAINT "case_clock_case_fk" FOREIGN KEY ("case_id") REFERENCES "development"."case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "development"."case_entry" ADD CONSTRAINT "case_entry_case_fk" FOREIGN KEY ("case_id") REFERENCES "development"."case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE SEQUENCE "development"."case_number_seq" AS bigint START 1`);
    await queryRunner.query(
      `CREATE INDEX "case_id_path" ON "development"."case" ("id_path" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_entry_files" ON "development"."case_entry" USING gin ("files" jsonb_path_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "development"."case_entry_files"`);
    await queryRunner.query(`DROP INDEX "development"."case_id_path"`);
    await queryRunner.query(`DROP SEQUENCE "development"."case_number_seq"`);
    await queryRunner.query(`ALTER TABLE "development"."case_entry" DROP CONSTRAINT "case_entry_case_fk"`);
    await queryRunner.query(`ALTER TABLE "development"."case_clock" DROP CONSTRAINT "case_clock_case_fk"`);
    await queryRunner.query(`DROP INDEX "development"."rule_version_by_committee"`);
    await queryRunner.query(`DROP TABLE "development"."rule_version"`);
    await queryRunner.query(`DROP INDEX "development"."file_by_uploader"`);
    await queryRunner.query(`DROP TABLE "development"."file"`);
    await queryRunner.query(`DROP INDEX "development"."case_entry_by_kind"`);
    await queryRunner.query(`DROP TABLE "development"."case_entry"`);
    await queryRunner.query(`DROP INDEX "development"."case_clock_by_due"`);
    await queryRunner.query(`DROP TABLE "development"."case_clock"`);
    await queryRunner.query(`DROP INDEX "development"."case_by_due"`);
    await queryRunner.query(`DROP INDEX "development"."case_by_application"`);
    await queryRunner.query(`DROP INDEX "development"."case_by_name"`);
    await queryRunner.query(`DROP INDEX "development"."case_by_status"`);
    await queryRunner.query(`DROP INDEX "development"."case_by_committee"`);
    await queryRunner.query(`DROP INDEX "development"."case_number"`);
    await queryRunner.query(`DROP TABLE "development"."case"`);
  }
}
