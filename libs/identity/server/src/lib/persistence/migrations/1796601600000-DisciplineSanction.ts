import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DisciplineSanction1796601600000 implements MigrationInterface {
  name = 'DisciplineSanction1796601600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."discipline_sanction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" text NOT NULL, "decided_on" date NOT NULL, "effective_from" date NOT NULL, "term_months" integer, "rights_restored_on" date, "until" date, "deciding_body" text NOT NULL, "reason" text NOT NULL, "files" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_a34161d5cacba1eb5d35b83aefd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "discipline_sanction_by_person" ON "identity"."discipline_sanction" ("person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."discipline_sanction" ADD CONSTRAINT "discipline_sanction_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity"."discipline_sanction" DROP CONSTRAINT "discipline_sanction_person_fk"`,
    );
    await queryRunner.query(`DROP INDEX "identity"."discipline_sanction_by_person"`);
    await queryRunner.query(`DROP TABLE "identity"."discipline_sanction"`);
  }
}
