import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795509028335 implements MigrationInterface {
  name = 'Init1795509028335';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "user_id" uuid, "username" text, "ip" text, "correlation_id" text, "detail" jsonb NOT NULL DEFAULT '{}'::jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_by_user" ON "identity"."audit_event" ("user_id", "at") `,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_by_time" ON "identity"."audit_event" ("at") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "path" text NOT NULL, "depth" integer NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "code" text, "may_approve" boolean NOT NULL DEFAULT true, "is_temporary" boolean NOT NULL DEFAULT false, "approving_committee_id" uuid, "dissolved_at" TIMESTAMP WITH TIME ZONE, "dissolved_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "org_unit_path_prefix" ON "identity"."org_unit" ("path") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "gender" text NOT NULL, "birth_date" date, "id_number_cipher" text, "id_number_digest" text, "id_number_masked" text, "phone" text, "work_unit" text, "org_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "person_id_number_digest" ON "identity"."person" ("id_number_digest") WHERE id_number_digest IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "person_by_name" ON "identity"."person" ("name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "person_by_org_name" ON "identity"."person" ("org_id", "name", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."membership" ("person_id" uuid NOT NULL, "status" text NOT NULL, "admission_date" date NOT NULL, "standing_date" date, "voting_rights" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6fc5e2153171bbeb54f4fda6595" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "membership_by_status" ON "identity"."membership" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."office" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "org_id" uuid NOT NULL, "role" text NOT NULL, "from_date" date NOT NULL, "to_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_200185316ba169fda17e3b6ba00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "office_by_org_role" ON "identity"."office" ("org_id", "role") `);
    await queryRunner.query(`CREATE INDEX "office_by_person" ON "identity"."office" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."org_event" ("id" BIGSERIAL NOT NULL, "org_id" uuid NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_name" text NOT NULL, "before" jsonb, "after" jsonb, "reason" text, CONSTRAINT "PK_ddcbf2742341b4756a330e4ab11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "org_event_by_org" ON "identity"."org_event" ("org_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "person_id" uuid, "display_name" text NOT NULL, "password_hash" text NOT NULL, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "must_change_password" boolean NOT NULL DEFAULT false, "is_admin" boolean NOT NULL DEFAULT false, "failed_attempts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "user_account_username" ON "identity"."user_account" ("username") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "user_account_person" ON "identity"."user_account" ("person_id") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_hash" text NOT NULL, "previous_refresh_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "ip" text, "user_agent" text, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "session_refresh_hash" ON "identity"."session" ("refresh_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "session_previous_hash" ON "identity"."session" ("previous_refresh_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "session_by_user" ON "identity"."session" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."voter_exclusion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "reason" text NOT NULL, "from_date" date NOT NULL, "to_date" date, "approved_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_2360c7da29519f4b104e43b6a04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "voter_exclusion_by_person" ON "identity"."voter_exclusion" ("person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."org_unit" ADD CONSTRAINT "org_unit_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "identity"."org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."org_unit" ADD CONSTRAINT "org_unit_approver_fk" FOREIGN KEY ("approving_committee_id") REFERENCES "identity"."org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."person" ADD CONSTRAINT "person_org_fk" FOREIGN KEY ("org_id") REFERENCES "identity"."org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."membership" ADD CONSTRAINT "membership_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."office" ADD CONSTRAINT "office_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."office" ADD CONSTRAINT "office_org_fk" FOREIGN KEY ("org_id") REFERENCES "identity"."org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."org_event" ADD CONSTRAINT "org_event_org_fk" FOREIGN KEY ("org_id") REFERENCES "identity"."org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."user_account" ADD CONSTRAINT "user_account_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."session" ADD CONSTRAINT "session_user_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."voter_exclusion" ADD CONSTRAINT "voter_exclusion_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity"."voter_exclusion" DROP CONSTRAINT "voter_exclusion_person_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "identity"."session" DROP CONSTRAINT "session_user_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."user_account" DROP CONSTRAINT "user_account_person_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."org_event" DROP CONSTRAINT "org_event_org_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."office" DROP CONSTRAINT "office_org_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."office" DROP CONSTRAINT "office_person_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."membership" DROP CONSTRAINT "membership_person_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."person" DROP CONSTRAINT "person_org_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."org_unit" DROP CONSTRAINT "org_unit_approver_fk"`);
    await queryRunner.query(`ALTER TABLE "identity"."org_unit" DROP CONSTRAINT "org_unit_parent_fk"`);
    await queryRunner.query(`DROP INDEX "identity"."voter_exclusion_by_person"`);
    await queryRunner.query(`DROP TABLE "identity"."voter_exclusion"`);
    await queryRunner.query(`DROP INDEX "identity"."session_by_user"`);
    await queryRunner.query(`DROP INDEX "identity"."session_previous_hash"`);
    await queryRunner.query(`DROP INDEX "identity"."session_refresh_hash"`);
    await queryRunner.query(`DROP TABLE "identity"."session"`);
    await queryRunner.query(`DROP INDEX "identity"."user_account_person"`);
    await queryRunner.query(`DROP INDEX "identity"."user_account_username"`);
    await queryRunner.query(`DROP TABLE "identity"."user_account"`);
    await queryRunner.query(`DROP INDEX "identity"."org_event_by_org"`);
    await queryRunner.query(`DROP TABLE "identity"."org_event"`);
    await queryRunner.query(`DROP INDEX "identity"."office_by_person"`);
    await queryRunner.query(`DROP INDEX "identity"."office_by_org_role"`);
    await queryRunner.query(`DROP TABLE "identity"."office"`);
    await queryRunner.query(`DROP INDEX "identity"."membership_by_status"`);
    await queryRunner.query(`DROP TABLE "identity"."membership"`);
    await queryRunner.query(`DROP INDEX "identity"."person_by_org_name"`);
    await queryRunner.query(`DROP INDEX "identity"."person_by_name"`);
    await queryRunner.query(`DROP INDEX "identity"."person_id_number_digest"`);
    await queryRunner.query(`DROP TABLE "identity"."person"`);
    await queryRunner.query(`DROP INDEX "identity"."org_unit_path_prefix"`);
    await queryRunner.query(`DROP TABLE "identity"."org_unit"`);
    await queryRunner.query(`DROP INDEX "identity"."audit_event_by_time"`);
    await queryRunner.query(`DROP INDEX "identity"."audit_event_by_user"`);
    await queryRunner.query(`DROP TABLE "identity"."audit_event"`);
  }
}
