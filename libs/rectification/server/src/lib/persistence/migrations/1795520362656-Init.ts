import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795520362656 implements MigrationInterface {
  name = 'Init1795520362656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rectification"."batch" ("id" uuid NOT NULL, "number" text NOT NULL, "title" text NOT NULL, "source" text NOT NULL, "feedback_date" date NOT NULL, "report_deadline" date NOT NULL, "inspected_org_id" uuid NOT NULL, "inspected_org_name" text NOT NULL, "inspected_org_path" text NOT NULL, "status" text NOT NULL, "config" jsonb NOT NULL, "record" jsonb NOT NULL, "version" integer NOT NULL, "created_by_person_id" uuid NOT NULL, "created_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_57da3b830b57bec1fd329dcaf43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "batch_number" ON "rectification"."batch" ("number") `);
    await queryRunner.query(`CREATE INDEX "batch_list" ON "rectification"."batch" ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "rectification"."file" ("id" uuid NOT NULL, "name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "uploaded_by_person_id" uuid NOT NULL, "uploaded_by_name" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_36b46d232307066b3a2c9ea3a1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "file_by_uploader" ON "rectification"."file" ("uploaded_by_user_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rectification"."item" ("id" uuid NOT NULL, "number" text NOT NULL, "batch_id" uuid NOT NULL, "source" text NOT NULL, "problem" text NOT NULL, "category" text NOT NULL, "seriousness" text NOT NULL, "measures" text NOT NULL, "target" text NOT NULL, "org_id" uuid NOT NULL, "org_name" text NOT NULL, "org_path" text NOT NULL, "owner_person_id" uuid, "owner_name" text, "leader_person_id" uuid, "leader_name" text, "supporting_units" text array NOT NULL, "status" text NOT NULL, "round" integer NOT NULL, "reopened" boolean NOT NULL, "fixed_on_spot" boolean NOT NULL, "named_supervision" boolean NOT NULL, "deadline" date, "due_sort" date NOT NULL, "amber_from" date, "progress" integer NOT NULL, "evidence_count" integer NOT NULL, "closed_on" date, "exempt" boolean NOT NULL, "record" jsonb NOT NULL, "version" integer NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d3c0c71f23e7adcf952a1d13423" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "item_number" ON "rectification"."item" ("number") `);
    await queryRunner.query(`CREATE INDEX "item_by_status" ON "rectification"."item" ("status") `);
    await queryRunner.query(`CREATE INDEX "item_by_leader" ON "rectification"."item" ("leader_person_id") `);
    await queryRunner.query(`CREATE INDEX "item_by_owner" ON "rectification"."item" ("owner_person_id") `);
    await queryRunner.query(
      `CREATE INDEX "item_by_batch" ON "rectification"."item" ("batch_id", "due_sort", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "item_by_registered" ON "rectification"."item" ("registered_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "item_by_due" ON "rectification"."item" ("due_sort", "id") `);
    await queryRunner.query(
      `CREATE TABLE "rectification"."source_config" ("source" text NOT NULL, "config" jsonb NOT NULL, "updated_by_user_id" uuid NOT NULL, "updated_by_name" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b902891de219fcab4660f951255" PRIMARY KEY ("source"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rectification"."transition" ("item_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" text NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "actor_person_id" uuid, "actor_name" text, "automatic" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text NOT NULL, "files" jsonb NOT NULL, "signing_leader_person_id" uuid, "signing_leader_name" text, "request_id" uuid, "deadline" date, CONSTRAINT "PK_a29e190e7619fb0449221b43255" PRIMARY KEY ("item_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "transition_by_kind" ON "rectification"."transition" ("kind", "item_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "rectification"."item" ADD CONSTRAINT "item_batch_fk" FOREIGN KEY ("batch_id") REFERENCES "rectification"."batch"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rectification"."transition" ADD CONSTRAINT "transition_item_fk" FOREIGN KEY ("item_id") REFERENCES "rectification"."item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification"."transition" DROP CONSTRAINT "transition_item_fk"`);
    await queryRunner.query(`ALTER TABLE "rectification"."item" DROP CONSTRAINT "item_batch_fk"`);
    await queryRunner.query(`DROP INDEX "rectification"."transition_by_kind"`);
    await queryRunner.query(`DROP TABLE "rectification"."transition"`);
    await queryRunner.query(`DROP TABLE "rectification"."source_config"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_by_due"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_by_registered"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_by_batch"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_by_owner"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_by_leader"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_by_status"`);
    await queryRunner.query(`DROP INDEX "rectification"."item_number"`);
    await queryRunner.query(`DROP TABLE "rectification"."item"`);
    await queryRunner.query(`DROP INDEX "rectification"."file_by_uploader"`);
    await queryRunner.query(`DROP TABLE "rectification"."file"`);
    await queryRunner.query(`DROP INDEX "rectification"."batch_list"`);
    await queryRunner.query(`DROP INDEX "rectification"."batch_number"`);
    await queryRunner.query(`DROP TABLE "rectification"."batch"`);
  }
}
